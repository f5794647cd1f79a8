// The news site bench:fetch reads, in a process of its own so that its CPU is not counted as the
// fetcher's: a sitemap index of news sitemaps (1,000 items each) over `items` generated Vietnamese
// article pages in the fixture layouts, on 127.0.0.1. Prints its origin on stdout, then serves
// until killed. Run: node --import tsx bench/fetch-site.ts <items>
import {
  FixtureServer,
  articlePage,
  newsSitemap,
  sitemapIndex,
  type SiteArticle,
} from '../test/support/news-site.ts';

const items = Number(process.argv[2] ?? 10_000);
const PER_SITEMAP = 1000;
const PROVINCES = [
  'Bắc Ninh',
  'Cao Bằng',
  'Hà Nam',
  'Nam Định',
  'Phú Yên',
  'Tây Ninh',
  'Đồng Tháp',
  'Lâm Đồng',
];
const PEOPLE = [
  'Nguyễn Văn An',
  'Trần Minh Bình',
  'Lê Quốc Cường',
  'Phạm Đức Dũng',
  'Hoàng Thị Hạnh',
  'Vũ Hữu Long',
];

function article(i: number): SiteArticle {
  const province = PROVINCES[i % PROVINCES.length]!;
  const person = PEOPLE[i % PEOPLE.length]!;
  const day = (i % 28) + 1;
  return {
    path: `/tin/${i}.html`,
    language: 'vi',
    layout: i % 2 ? 'express' : 'portal',
    title: `Tỉnh ủy ${province} tổ chức hội nghị số ${i}`,
    date: `2024-05-${String(day).padStart(2, '0')}`,
    caption: `Quang cảnh hội nghị số ${i}.`,
    paragraphs: [
      `Ngày ${day}/5/2024, Ban Thường vụ Tỉnh ủy ${province} tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị, lần thứ ${i}.`,
      `Đồng chí ${person}, Bí thư Tỉnh ủy ${province}, chủ trì Hội nghị.`,
      `Hội nghị đã thảo luận kế hoạch thực hiện nhiệm vụ chính trị năm 2024 của tỉnh, mã số ${i}.`,
    ],
  };
}

const server = new FixtureServer();
const origin = await server.start();
server.routes.set('/robots.txt', 'User-agent: *\nAllow: /\n');
const maps: { path: string; lastmod: string }[] = [];
for (let start = 0; start < items; start += PER_SITEMAP) {
  const path = `/sitemaps/news-${start / PER_SITEMAP}.xml`;
  const batch = Array.from({ length: Math.min(PER_SITEMAP, items - start) }, (_, k) => article(start + k));
  server.routes.set(
    path,
    newsSitemap(origin, batch, () => '2024-06-01T00:00:00+07:00'),
  );
  for (const a of batch) server.routes.set(a.path, articlePage(a, origin));
  maps.push({ path, lastmod: '2024-06-01T00:00:00+07:00' });
}
server.routes.set('/sitemap-index.xml', sitemapIndex(origin, maps));
process.stdout.write(`${origin}\n`);
