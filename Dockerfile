# The API image: kg runs from the TypeScript sources through tsx (a runtime dependency), no build step.
FROM node:20-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY . .

USER node
EXPOSE 4000
ENTRYPOINT ["node", "--import", "tsx", "src/cli/main.ts"]
CMD ["up", "--host", "0.0.0.0"]
