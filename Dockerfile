# The explorer (web/ → dist/explorer/) is built by Vite, a devDependency, in a stage of its own, so
# the API image keeps --omit=dev and still serves the explorer at / (kg up only builds it when missing,
# which it cannot do without Vite).
FROM node:20-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
COPY web ./web
RUN npm run build:explorer

# The API image: kg runs from the TypeScript sources through tsx (a runtime dependency), no build step.
FROM node:20-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY . .
COPY --from=explorer /app/dist/explorer ./dist/explorer

USER node
EXPOSE 4000
ENTRYPOINT ["node", "--import", "tsx", "src/cli/main.ts"]
CMD ["up", "--host", "0.0.0.0"]
