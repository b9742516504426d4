/// The Mustache templates of the pages, in Vietnamese; `{{…}}` escapes every text it inserts.
enum PageTemplates {
    static let all: [String: String] = [
        "header": header, "footer": footer, "marked": marked, "search": search, "document": document,
        "references": references, "reference": reference, "figures": figures, "abbreviations": abbreviations, "error": error,
    ]

    static let header = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Tra cứu</title>
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body>
        <header class="site"><div class="bar">
        <a class="brand" href="/">Tra cứu</a>
        <nav>
        <a href="/"{{#navSearch}} class="active"{{/navSearch}}>Tìm kiếm</a>
        <a href="/refs"{{#navRefs}} class="active"{{/navRefs}}>Văn bản được dẫn</a>
        <a href="/figures"{{#navFigures}} class="active"{{/navFigures}}>Số liệu</a>
        <a href="/abbr"{{#navAbbr}} class="active"{{/navAbbr}}>Chữ viết tắt</a>
        </nav>
        </div></header>
        <main>

        """

    static let footer = """
        </main>
        <footer class="site">tracuu · chỉ đọc chỉ mục {{indexName}} · dữ liệu máy chủ: <a href="/api/search?q=c%C3%B4ng+%C4%91o%C3%A0n">API JSON</a></footer>
        </body>
        </html>

        """

    static let marked = "{{#segments}}{{#mark}}<mark>{{text}}</mark>{{/mark}}{{^mark}}{{text}}{{/mark}}{{/segments}}"

    static let search = """
        {{> header}}
        <form class="search" method="get" action="/" role="search">
        <div class="main">
        <input type="search" name="q" value="{{q}}" placeholder="Gõ từ cần tìm, có dấu hoặc không: cong doan, 02-NQ/TW, CAND…" aria-label="Từ cần tìm" autofocus>
        <button type="submit">Tìm</button>
        </div>
        <div class="filters">
        <label>Từ ngày <input type="date" name="since" value="{{since}}"></label>
        <label>Đến ngày <input type="date" name="until" value="{{until}}"></label>
        <label>Loại <select name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></label>
        <label>Nguồn <input class="short" type="text" name="source" value="{{source}}" placeholder="vd. vnexpress"></label>
        <label><input type="checkbox" name="any" value="1"{{#any}} checked{{/any}}> Chỉ cần một trong các từ</label>
        </div>
        </form>
        {{#problem}}<p class="error">{{problem}}</p>{{/problem}}
        {{#searched}}
        <div class="notes">
        {{#keystrokes}}<p>Đã đọc kiểu gõ Telex/VNI thành: <strong>{{keystrokes}}</strong></p>{{/keystrokes}}
        {{#suggestionShown}}<p>Không tìm thấy “{{q}}”; đang hiện kết quả cho <strong>{{suggestion}}</strong>.</p>{{/suggestionShown}}
        {{#suggestionOffered}}<p>Có phải bạn muốn tìm <a href="{{suggestionLink}}">{{suggestion}}</a>?</p>{{/suggestionOffered}}
        {{#reading}}<p>Hiểu là: <strong>{{reading}}</strong> (văn bản viết đúng như vậy xếp trước{{#otherReading}}); cũng hay viết là <a href="{{otherReadingLink}}">{{otherReading}}</a>, bấm để tìm theo cách viết này.{{/otherReading}}{{^otherReading}}; gõ có dấu hoặc đặt trong ngoặc kép để tìm đúng như đã gõ).{{/otherReading}}</p>{{/reading}}
        {{#hasExpansions}}<p>Tìm cả: {{#expansions}}<span class="tag">{{from}} → {{to}}</span> {{/expansions}}</p>{{/hasExpansions}}
        {{#relaxed}}<p>Không văn bản nào có đủ mọi từ; đang hiện văn bản có một phần các từ, phù hợp nhất trước.</p>{{/relaxed}}
        </div>
        <p class="count">{{countText}}</p>
        {{#hasHits}}
        <ol class="results" start="{{firstRank}}">
        {{#hits}}
        <li>
        <a class="title" href="{{link}}">{{title}}</a>
        <div class="meta"><span>{{date}}</span><span>{{kindName}}</span><span class="path">{{path}}</span></div>
        <p class="snippet">{{#snippet}}{{> marked}}{{/snippet}}</p>
        </li>
        {{/hits}}
        </ol>
        <nav class="pages" aria-label="Trang kết quả">
        {{#previous}}<a class="button light" href="{{previous}}">← Trang trước</a>{{/previous}}
        <span class="current">Trang {{page}}{{#pageCount}} / {{pageCount}}{{/pageCount}}</span>
        {{#next}}<a class="button light" href="{{next}}">Trang sau →</a>{{/next}}
        </nav>
        {{/hasHits}}
        {{^hasHits}}<div class="empty">{{whyEmpty}}</div>{{/hasHits}}
        {{/searched}}
        {{^searched}}{{^problem}}
        <div class="empty">Gõ từ cần tìm, có dấu hoặc không dấu: <a href="/?q=cong+doan">cong doan</a> tìm cả Công đoàn và CĐ;
        <a href="/?q=02-NQ%2FTW">02-NQ/TW</a> tìm mọi cách viết số hiệu; <a href="/?q=%22an+to%C3%A0n+giao+th%C3%B4ng%22">"an toàn giao thông"</a> tìm đúng cụm từ.</div>
        {{/problem}}{{/searched}}
        {{> footer}}
        """

    static let document = """
        {{> header}}
        <p><a href="{{back}}">← {{backText}}</a></p>
        <article class="document">
        <h1>{{#titleText}}{{> marked}}{{/titleText}}</h1>
        <dl class="facts">
        {{#facts}}<dt>{{name}}</dt><dd>{{#link}}<a href="{{link}}">{{value}}</a>{{/link}}{{^link}}{{value}}{{/link}}</dd>{{/facts}}
        </dl>
        {{#queryNote}}<div class="notes"><p>{{queryNote}}</p></div>{{/queryNote}}
        {{#leadText}}<p class="lead">{{> marked}}</p>{{/leadText}}
        {{#paragraphs}}<p>{{> marked}}</p>{{/paragraphs}}
        </article>
        {{#hasFigures}}
        <h2>Số liệu trong bài ({{figureCount}})</h2>
        <div class="scroll"><table>
        <tr><th class="num">Số liệu</th><th>Đơn vị</th><th>Biến động</th><th>Câu trích</th></tr>
        {{#figures}}<tr><td class="num">{{value}}</td><td>{{unit}}</td><td>{{direction}}</td><td class="quote">{{#quote}}{{> marked}}{{/quote}}</td></tr>{{/figures}}
        </table></div>
        {{/hasFigures}}
        {{#hasMade}}
        <h2>Văn bản bài này dẫn ({{madeCount}})</h2>
        <div class="scroll"><table>
        <tr><th>Số hiệu</th><th>Quan hệ</th><th>Phạm vi</th></tr>
        {{#made}}<tr><td><a href="{{link}}">{{target}}</a></td><td>{{relation}}</td><td>{{scope}}</td></tr>{{/made}}
        </table></div>
        {{/hasMade}}
        {{#hasReceived}}
        <h2>Văn bản dẫn tới văn bản này ({{receivedCount}})</h2>
        <ul class="citations">
        {{#received}}<li><span class="tag">{{relation}}</span> <a href="{{link}}">{{title}}</a> <span class="meta">{{date}}</span><p class="snippet">{{#context}}{{> marked}}{{/context}}</p></li>{{/received}}
        </ul>
        {{#receivedMore}}<p><a href="{{receivedMore}}">Xem tất cả trên trang số hiệu →</a></p>{{/receivedMore}}
        {{/hasReceived}}
        {{> footer}}
        """

    static let references = """
        {{> header}}
        <h1>Văn bản được dẫn</h1>
        <form class="search" method="get" action="/refs">
        <div class="filters">
        <label>Loại <input class="short" type="text" name="type" value="{{type}}" placeholder="NQ, NĐ, CT…"></label>
        <label>Cơ quan ban hành <input class="short" type="text" name="issuer" value="{{issuer}}" placeholder="TW, CP, TTg…"></label>
        <label><input type="checkbox" name="weak" value="1"{{#weak}} checked{{/weak}}> Cả số không ký hiệu (“Đề án 06”)</label>
        <input type="hidden" name="sort" value="{{sort}}">
        <button type="submit">Lọc</button>
        </div>
        </form>
        <p class="count">{{countText}}</p>
        {{#hasReferences}}
        <div class="scroll"><table>
        <tr><th><a href="{{sortID}}"{{#byID}} class="sorted"{{/byID}}>Số hiệu{{#byID}} ▲{{/byID}}</a></th><th>Loại</th><th>Cơ quan</th>
        <th><a href="{{sortDate}}"{{#byDate}} class="sorted"{{/byDate}}>Ngày ban hành{{#byDate}} ▼{{/byDate}}</a></th>
        <th class="num"><a href="{{sortCount}}"{{#byCount}} class="sorted"{{/byCount}}>Văn bản dẫn{{#byCount}} ▼{{/byCount}}</a></th><th class="num">Lần nhắc</th></tr>
        {{#references}}<tr><td><a href="{{link}}">{{id}}</a>{{#indexed}} <span class="tag">có trong chỉ mục</span>{{/indexed}}</td><td>{{typeName}}</td><td>{{issuer}}</td><td>{{date}}</td><td class="num">{{documents}}</td><td class="num">{{mentions}}</td></tr>{{/references}}
        </table></div>
        {{#more}}<p><a class="button light" href="{{more}}">Xem tất cả {{total}} số hiệu</a></p>{{/more}}
        {{/hasReferences}}
        {{> footer}}
        """

    static let reference = """
        {{> header}}
        <p><a href="/refs">← Danh sách văn bản được dẫn</a></p>
        {{#candidates}}
        <h1>{{name}}: {{count}} văn bản cùng số</h1>
        <div class="scroll"><table>
        <tr><th>Số hiệu</th><th>Cơ quan</th><th>Ngày ban hành</th><th class="num">Văn bản dẫn</th></tr>
        {{#items}}<tr><td><a href="{{link}}">{{id}}</a></td><td>{{issuer}}</td><td>{{date}}</td><td class="num">{{documents}}</td></tr>{{/items}}
        </table></div>
        {{/candidates}}
        {{#lookups}}
        <h1>{{heading}}</h1>
        <dl class="facts">
        {{#facts}}<dt>{{name}}</dt><dd>{{#link}}<a href="{{link}}">{{value}}</a>{{/link}}{{^link}}{{value}}{{/link}}</dd>{{/facts}}
        </dl>
        <h2>Số lần được nhắc theo {{unitName}}</h2>
        {{#chart}}<div class="chart">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-label="{{label}}">
        <line x1="{{left}}" y1="{{baseline}}" x2="{{right}}" y2="{{baseline}}" stroke="#9aa5b1"/>
        {{#bars}}<g><title>{{period}}: {{mentions}} lần</title><rect x="{{x}}" y="{{y}}" width="{{barWidth}}" height="{{barHeight}}" fill="#a4161a"/>{{#showCount}}<text x="{{middle}}" y="{{countY}}" font-size="11" text-anchor="middle" fill="#1d2733">{{mentions}}</text>{{/showCount}}</g>{{/bars}}
        {{#labels}}<text x="{{x}}" y="{{y}}" font-size="11" text-anchor="middle" fill="#5b6673">{{text}}</text>{{/labels}}
        </svg></div>{{/chart}}{{^chart}}<p class="empty">Chưa có lần nhắc nào trong văn bản có ghi ngày.</p>{{/chart}}
        {{#undated}}<p class="count">{{undated}} lần nhắc trong văn bản không ghi ngày.</p>{{/undated}}
        {{#groups}}
        <h2>{{name}} ({{count}})</h2>
        <ul class="citations">
        {{#citations}}<li><a href="{{link}}">{{title}}</a> <span class="meta"><span>{{date}}</span>{{#scope}}<span>phạm vi: {{scope}}</span>{{/scope}}</span><p class="snippet">{{#context}}{{> marked}}{{/context}}</p></li>{{/citations}}
        </ul>
        {{/groups}}
        {{^groups}}<p class="empty">Chưa văn bản nào trong chỉ mục dẫn số hiệu này.</p>{{/groups}}
        {{/lookups}}
        {{> footer}}
        """

    static let figures = """
        {{> header}}
        <h1>Số liệu</h1>
        <form class="search" method="get" action="/figures">
        <div class="main">
        <input type="search" name="q" value="{{q}}" placeholder="Chỉ số liệu của văn bản có: giá xăng, tai nạn… (để trống: mọi văn bản)" aria-label="Văn bản có từ">
        <button type="submit">Lọc</button>
        </div>
        <div class="filters">
        <label>Đơn vị <input class="short" type="text" name="unit" value="{{unit}}" placeholder="đồng, %, người…"></label>
        <label>Từ giá trị <input class="short" type="number" step="any" name="min" value="{{min}}"></label>
        <label>Đến giá trị <input class="short" type="number" step="any" name="max" value="{{max}}"></label>
        <label>Xếp theo <select name="sort">{{#sorts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sorts}}</select></label>
        <label>Từ ngày <input type="date" name="since" value="{{since}}"></label>
        <label>Đến ngày <input type="date" name="until" value="{{until}}"></label>
        </div>
        </form>
        {{#problem}}<p class="error">{{problem}}</p>{{/problem}}
        {{^problem}}
        <p class="count">{{countText}}</p>
        {{#hasFigures}}
        <div class="downloads"><a class="button light" href="{{csv}}" download>Tải CSV (Excel)</a><a class="button light" href="{{markdown}}" download>Tải bảng Markdown</a></div>
        <div class="scroll"><table class="cards">
        <tr><th class="num">Số liệu</th><th>Đơn vị</th><th>Hạn định</th><th>Biến động</th><th>Câu trích</th><th class="source">Nguồn</th><th>Ngày</th></tr>
        {{#figures}}<tr><td class="num figure" data-label="Số liệu">{{value}}<span class="phone"> {{unit}}</span></td><td class="wide" data-label="Đơn vị">{{unit}}</td><td data-label="Hạn định">{{qualifier}}</td><td data-label="Biến động">{{direction}}</td><td class="quote" data-label="Câu trích">{{#quote}}{{> marked}}{{/quote}}</td><td class="source" data-label="Nguồn"><a href="{{link}}">{{title}}</a></td><td data-label="Ngày">{{date}}</td></tr>{{/figures}}
        </table></div>
        {{/hasFigures}}
        {{^hasFigures}}<div class="empty">Không có số liệu nào khớp. Bớt điều kiện lọc hoặc đổi từ tìm.</div>{{/hasFigures}}
        {{/problem}}
        {{> footer}}
        """

    static let abbreviations = """
        {{> header}}
        <h1>Chữ viết tắt</h1>
        <form class="search" method="get" action="/abbr">
        <div class="filters">
        <label>Chữ viết tắt <input class="short" type="text" name="abbr" value="{{abbr}}" placeholder="CĐ, CAND…"></label>
        <label>Nguồn <select name="source">{{#sources}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sources}}</select></label>
        <button type="submit">Xem</button>
        </div>
        </form>
        {{#problem}}<p class="error">{{problem}}</p>{{/problem}}
        <p class="count">{{countText}}</p>
        {{#hasEntries}}
        <div class="scroll"><table>
        <tr><th>Viết tắt</th><th>Nghĩa</th><th>Nguồn</th><th class="num">Văn bản dùng</th><th class="num">Văn bản định nghĩa</th><th>Tìm</th></tr>
        {{#rows}}<tr><td>{{#first}}<a href="{{link}}"><strong>{{abbr}}</strong></a>{{/first}}</td><td>{{expansion}}</td><td>{{source}}</td><td class="num">{{documents}}</td><td class="num">{{defining}}</td><td><a href="{{searchLink}}">tìm</a></td></tr>{{/rows}}
        </table></div>
        {{/hasEntries}}
        {{#hasExamples}}
        <h2>Ví dụ</h2>
        <ul class="citations">{{#examples}}<li><span class="meta path">{{path}}</span><p class="snippet">{{sentence}}</p></li>{{/examples}}</ul>
        {{/hasExamples}}
        {{> footer}}
        """

    static let error = """
        {{> header}}
        <h1>{{title}}</h1>
        <p class="error">{{message}}</p>
        <p><a href="/">← Về trang tìm kiếm</a></p>
        {{> footer}}
        """
}
