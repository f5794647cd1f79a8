// A news site on 127.0.0.1 for the fetch tests and bench:fetch: RSS 2.0, Atom, a sitemap index with
// a news sitemap, and article pages in the shapes real Vietnamese and English sites use (menus,
// breadcrumbs, photo captions, "Tin liên quan" / related links, view counters), with ETag and
// Last-Modified so that conditional requests get 304. Its trouble paths answer 500, never answer,
// redirect in a loop, send 30 MB, or are disallowed by robots.txt. Texts are written for these tests.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteArticle {
  path: string;
  language: 'vi' | 'en';
  layout: 'portal' | 'express' | 'english';
  title: string;
  /** YYYY-MM-DD, in the page's metadata (or only in its visible date line for the portal layout). */
  date: string;
  paragraphs: string[];
  caption: string;
  /** Query string the feeds add to the link (tracking parameters). */
  feedQuery?: string;
}

export const ARTICLES: SiteArticle[] = [
  {
    path: '/thoi-su/tinh-uy-bac-ninh-quan-triet-chi-thi-35.html',
    language: 'vi',
    layout: 'portal',
    title: 'Tỉnh ủy Bắc Ninh quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp',
    date: '2024-07-12',
    caption: 'Quang cảnh hội nghị tại Trung tâm Hội nghị tỉnh (Ảnh: Minh Hà)',
    feedQuery: '?utm_source=rss&utm_medium=feed',
    paragraphs: [
      'Ngày 12/7/2024, Ban Thường vụ Tỉnh ủy Bắc Ninh tổ chức Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
      'Đồng chí Nguyễn Anh Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh, chủ trì Hội nghị.',
      'Phát biểu kết luận, đồng chí Nguyễn Anh Tuấn đề nghị các cấp ủy xây dựng kế hoạch cụ thể, bảo đảm đại hội diễn ra đúng tiến độ.',
    ],
  },
  {
    path: '/chinh-tri/thu-tuong-lam-viec-voi-dong-thap.html',
    language: 'vi',
    layout: 'express',
    title: 'Thủ tướng Phạm Minh Chính làm việc với Ban Thường vụ Tỉnh ủy Đồng Tháp',
    date: '2024-03-09',
    caption: 'Thủ tướng phát biểu tại buổi làm việc.',
    paragraphs: [
      'Chiều 9/3, Thủ tướng Phạm Minh Chính đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Đồng Tháp về tình hình kinh tế - xã hội của tỉnh.',
      'Đồng chí Lê Quốc Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đồng Tháp, báo cáo tại buổi làm việc.',
      'Thủ tướng đề nghị tỉnh tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    ],
  },
  {
    path: '/giao-duc/bo-gddt-trien-khai-nam-hoc-moi.html',
    language: 'vi',
    layout: 'express',
    title: 'Bộ Giáo dục và Đào tạo triển khai nhiệm vụ năm học mới',
    date: '2024-08-20',
    caption: 'Bộ trưởng Nguyễn Kim Sơn tại hội nghị.',
    paragraphs: [
      'Sáng 20/8, Bộ Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2023-2024 và triển khai nhiệm vụ năm học 2024-2025.',
      'Bộ trưởng Nguyễn Kim Sơn chủ trì Hội nghị. Phó Thủ tướng Lê Thành Long dự và phát biểu chỉ đạo.',
    ],
  },
  {
    path: '/dia-phuong/hdnd-cao-bang-khai-mac-ky-hop.html',
    language: 'vi',
    layout: 'portal',
    title: 'Hội đồng nhân dân tỉnh Cao Bằng khai mạc kỳ họp thường lệ giữa năm',
    date: '2024-07-09',
    caption: 'Các đại biểu dự kỳ họp.',
    paragraphs: [
      'Ngày 9/7/2024, Hội đồng nhân dân tỉnh Cao Bằng khai mạc kỳ họp thường lệ giữa năm 2024.',
      'Đồng chí Triệu Đình Lê, Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Cao Bằng, chủ trì kỳ họp.',
    ],
  },
  {
    path: '/en/politics/pm-chairs-government-meeting.html',
    language: 'en',
    layout: 'english',
    title: 'Prime Minister Pham Minh Chinh chairs regular Government meeting',
    date: '2024-06-04',
    caption: 'Prime Minister Pham Minh Chinh speaks at the meeting. (Photo: VNA)',
    paragraphs: [
      'Hanoi, June 4, 2024 - Prime Minister Pham Minh Chinh chaired the Government’s regular meeting for May in Hanoi on Tuesday.',
      'Deputy Prime Minister Le Minh Khai attended the meeting and reported on the implementation of Resolution 01/NQ-CP.',
    ],
  },
  {
    path: '/en/politics/politburo-member-works-with-hai-phong.html',
    language: 'en',
    layout: 'english',
    title: 'Party official works with Hai Phong Party Committee',
    date: '2024-05-21',
    caption: 'The working session in Hai Phong. (Photo: VNA)',
    paragraphs: [
      'Hai Phong, May 21, 2024 - Truong Thi Mai, a Politburo member and permanent member of the Secretariat, had a working session with the Standing Board of the Hai Phong Party Committee on Tuesday.',
      'Le Tien Chau, Secretary of the Hai Phong Party Committee, reported on the city’s implementation of Directive 05-CT/TW of the Politburo.',
    ],
  },
];

const MENU = `<header class="site-header"><nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/giao-duc">Giáo dục</a></li><li><a href="/dia-phuong">Địa phương</a></li></ul></nav></header>`;

function related(language: 'vi' | 'en', self: string): string {
  const others = ARTICLES.filter((a) => a.path !== self && a.language === language).slice(0, 3);
  const heading = language === 'vi' ? 'Tin liên quan' : 'Related news';
  return `<div class="related-news"><h3>${heading}</h3><ul>${others
    .map((a) => `<li><a href="${a.path}">${a.title}</a></li>`)
    .join('')}</ul></div>`;
}

const [Y, M, D] = [0, 1, 2];
function dmy(date: string): string {
  const p = date.split('-');
  return `${Number(p[D])}/${Number(p[M])}/${p[Y]}`;
}

/** The page of an article, as its site's layout writes it; `origin` makes the canonical link absolute. */
export function articlePage(a: SiteArticle, origin: string): string {
  const paragraphs = a.paragraphs.map((p) => `<p class="Normal">${p}</p>`);
  const figure = `<figure class="image"><img src="/img/1.jpg" alt="${a.caption}"><figcaption>${a.caption}</figcaption></figure>`;
  if (a.layout === 'portal') {
    // An older portal: no date metadata, a visible date line, a caption as an italic paragraph
    // after the image, a visit counter, and no canonical link.
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${a.title} - Cổng thông tin</title></head><body>
${MENU}<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thoi-su">Thời sự</a></div>
<div id="content"><h1 class="title">${a.title}</h1><div class="date-time">Thứ sáu, ${dmy(a.date)} 08:30</div>
<div class="detail-content">${paragraphs[0]}<p><img src="/img/2.jpg"></p><p><em>${a.caption}</em></p>${paragraphs.slice(1).join('')}<p style="text-align:right"><strong>Minh Hà</strong></p></div>
${related('vi', a.path)}<div class="thong-ke-truy-cap">Thống kê truy cập<br>Đang truy cập: 125<br>Tổng truy cập: 1.234.567</div></div>
<footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Địa chỉ: số 1 đường Lý Thái Tổ.</p></footer></body></html>`;
  }
  if (a.layout === 'express') {
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${a.title}</title>
<link rel="canonical" href="${origin}${a.path}"><meta property="og:title" content="${a.title}">
<meta itemprop="datePublished" content="${a.date}T15:00:00+07:00"></head><body>
${MENU}<section class="page-detail"><div class="sidebar-1"><span class="date">Thứ bảy, ${dmy(a.date)}, 15:00 (GMT+7)</span>
<h1 class="title-detail">${a.title}</h1><article class="fck_detail">${paragraphs[0]}${figure}${paragraphs.slice(1).join('')}
<p class="author_mail"><strong>Hoài Thu</strong></p></article>
<div class="box-tinlienquan">${related('vi', a.path)}</div><div class="social-share">Chia sẻ Facebook Zalo</div></div></section>
<footer class="footer">Báo điện tử. Giấy phép số 548/GP-BTTTT.</footer></body></html>`;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | News</title>
<link rel="canonical" href="${origin}${a.path}?utm_campaign=canonical-test">
<meta property="og:title" content="${a.title}"><meta property="article:published_time" content="${a.date}T09:15:00+07:00"></head><body>
<header><nav><a href="/en">Home</a> <a href="/en/politics">Politics</a> <a href="/en/business">Business</a></nav></header>
<main><h1>${a.title}</h1><div class="article-body">${paragraphs[0]}${figure}${paragraphs.slice(1).join('')}</div>
<aside class="related">${related('en', a.path)}</aside><div class="tags">Tags: Government, Politics</div></main>
<footer>© News agency. All rights reserved.</footer></body></html>`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function rfc822(date: string): string {
  const d = new Date(`${date}T08:30:00+07:00`);
  const local = new Date(d.getTime() + 7 * 3600_000);
  return `${RFC822_DAYS[local.getUTCDay()]}, ${String(local.getUTCDate()).padStart(2, '0')} ${RFC822_MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} 08:30:00 +0700`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(origin: string, articles: SiteArticle[], extraItems: string[] = []): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Thời sự</title><link>${origin}/thoi-su</link><description>Tin thời sự</description>
${articles
  .map(
    (a) =>
      `<item><title><![CDATA[${a.title}]]></title><link>${origin}${a.path}${escapeXml(a.feedQuery ?? '')}</link><guid isPermaLink="false">${a.path}</guid><pubDate>${rfc822(a.date)}</pubDate><description><![CDATA[<p>${a.paragraphs[0]!.slice(0, 120)}</p>]]></description></item>`,
  )
  .join('\n')}
${extraItems.map((path) => `<item><title>Trouble</title><link>${origin}${path}</link><pubDate>${rfc822('2024-07-01')}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export function atomFeed(origin: string, articles: SiteArticle[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Politics</title><id>${origin}/en</id><updated>2024-06-04T09:15:00+07:00</updated>
${articles
  .map(
    (a) =>
      `<entry><title>${escapeXml(a.title)}</title><id>tag:site,2024:${a.path}</id><link rel="alternate" type="text/html" href="${origin}${a.path}"/><published>${a.date}T09:15:00+07:00</published><updated>${a.date}T09:15:00+07:00</updated><summary>${escapeXml(a.paragraphs[0]!.slice(0, 100))}</summary></entry>`,
  )
  .join('\n')}
</feed>`;
}

export function newsSitemap(
  origin: string,
  articles: SiteArticle[],
  lastmod: (a: SiteArticle) => string,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${articles
  .map(
    (a) =>
      `<url><loc>${origin}${a.path}</loc><lastmod>${lastmod(a)}</lastmod><news:news><news:publication><news:name>Báo</news:name><news:language>${a.language}</news:language></news:publication><news:publication_date>${a.date}T08:30:00+07:00</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
  )
  .join('\n')}
</urlset>`;
}

export function sitemapIndex(origin: string, maps: { path: string; lastmod: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${maps.map((m) => `<sitemap><loc>${origin}${m.path}</loc><lastmod>${m.lastmod}</lastmod></sitemap>`).join('\n')}
</sitemapindex>`;
}

export interface LoggedRequest {
  path: string;
  status: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  userAgent: string | null;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** An HTTP server on 127.0.0.1 serving what `routes` holds; bodies get an ETag and Last-Modified. */
export class FixtureServer {
  readonly requests: LoggedRequest[] = [];
  /** path → body (served with validators) or handler (served as it likes). */
  readonly routes = new Map<string, string | { body: string; contentType: string } | Handler>();
  private server: http.Server | null = null;
  origin = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    const log: LoggedRequest = {
      path,
      status: 0,
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      ifModifiedSince: (req.headers['if-modified-since'] as string | undefined) ?? null,
      userAgent: (req.headers['user-agent'] as string | undefined) ?? null,
    };
    this.requests.push(log);
    res.on('finish', () => (log.status = res.statusCode));
    res.on('close', () => (log.status ||= res.statusCode));
    const route = this.routes.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      route(req, res);
      return;
    }
    const { body, contentType } =
      typeof route === 'string'
        ? {
            body: route,
            contentType: path.endsWith('.html')
              ? 'text/html; charset=utf-8'
              : path.endsWith('.txt')
                ? 'text/plain'
                : 'application/xml; charset=utf-8',
          }
        : route;
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    const lastModified = 'Tue, 01 Oct 2024 00:00:00 GMT';
    if (log.ifNoneMatch === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(body);
  }
}

/** The paths of the trouble feed: each fails in one way a real site can. */
export const TROUBLE = {
  serverError: '/broken/500.html',
  timeout: '/slow/never-answers.html',
  disallowed: '/private/members-only.html',
  redirectLoop: '/loop/a.html',
  huge: '/huge/30mb.html',
} as const;

/** Routes for the trouble paths (the timeout holds the connection until the server stops). */
export function troubleRoutes(server: FixtureServer): void {
  server.routes.set(TROUBLE.serverError, (_req, res) => res.writeHead(500).end('internal error'));
  server.routes.set(TROUBLE.timeout, () => {
    /* never answers */
  });
  server.routes.set(
    TROUBLE.disallowed,
    articlePage(ARTICLES[0]!, server.origin).replace('Bắc Ninh', 'Bắc Giang'),
  );
  server.routes.set(TROUBLE.redirectLoop, (_req, res) =>
    res.writeHead(302, { location: '/loop/b.html' }).end(),
  );
  server.routes.set('/loop/b.html', (_req, res) =>
    res.writeHead(301, { location: TROUBLE.redirectLoop }).end(),
  );
  server.routes.set(TROUBLE.huge, (_req, res) => {
    // 30 MB of paragraphs, streamed without a Content-Length, as a runaway page would be.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const chunk = '<p>' + 'Nội dung rất dài. '.repeat(3000) + '</p>';
    let sent = 0;
    const write = (): void => {
      while (sent < 30 * 1024 * 1024) {
        sent += Buffer.byteLength(chunk);
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
      res.end();
    };
    res.on('error', () => undefined);
    write();
  });
}

/** The site of the tests: RSS (vi), Atom (en), a sitemap index with a news sitemap, robots.txt. */
export function siteRoutes(
  server: FixtureServer,
  articles: SiteArticle[] = ARTICLES,
  lastmod = '2024-10-01T00:00:00+07:00',
): void {
  const o = server.origin;
  server.routes.set(
    '/robots.txt',
    'User-agent: *\nDisallow: /private/\n\nSitemap: ' + o + '/sitemap-index.xml\n',
  );
  for (const a of articles) server.routes.set(a.path, articlePage(a, o));
  const vi = articles.filter((a) => a.language === 'vi');
  server.routes.set('/rss/thoi-su.rss', rssFeed(o, vi.slice(0, 3)));
  server.routes.set(
    '/en/politics.atom',
    atomFeed(
      o,
      articles.filter((a) => a.language === 'en'),
    ),
  );
  // The news sitemap lists the first RSS article again (one article, two sources) and one of its own.
  server.routes.set(
    '/sitemaps/news.xml',
    newsSitemap(o, [vi[0]!, vi[3]!], () => lastmod),
  );
  server.routes.set('/sitemap-index.xml', sitemapIndex(o, [{ path: '/sitemaps/news.xml', lastmod }]));
  troubleRoutes(server);
  server.routes.set('/rss/trouble.rss', rssFeed(o, [], Object.values(TROUBLE)));
  server.routes.set(
    '/rss/malformed.rss',
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut off</title><link>' +
      o +
      '/x.html</link></item>',
  );
}
