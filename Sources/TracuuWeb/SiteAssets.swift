/// The only files tracuu serves besides its pages: a fixed list by name, never a path from a request.
enum SiteAssets {
    static let files: [String: (type: String, body: String)] = [
        "style.css": ("text/css; charset=utf-8", stylesheet),
    ]

    static let stylesheet = """
        :root { --ink: #1d2733; --muted: #5b6673; --line: #d9dee4; --accent: #a4161a; --link: #0b4f8a; --bg: #f6f7f9; --mark: #ffe58a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--link); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        header.site { background: #fff; border-bottom: 3px solid var(--accent); }
        header.site .bar { max-width: 1080px; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1.4rem; }
        header.site .brand { font-weight: 700; font-size: 1.3rem; color: var(--accent); letter-spacing: .02em; }
        header.site nav { display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
        header.site nav a { color: var(--ink); padding: .15rem 0; border-bottom: 2px solid transparent; }
        header.site nav a.active { border-bottom-color: var(--accent); font-weight: 600; }
        main { max-width: 1080px; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.3; margin: .4rem 0 .8rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; }
        form.search { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem; margin-bottom: 1rem; }
        form.search .main { display: flex; gap: .5rem; }
        form.search input[type=search] { flex: 1; min-width: 0; font-size: 1.1rem; padding: .5rem .7rem; border: 1px solid #9aa5b1; border-radius: 6px; }
        button, .button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .5rem 1rem; cursor: pointer; display: inline-block; }
        .button.light { background: #fff; color: var(--link); border: 1px solid var(--line); }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin-top: .7rem; font-size: .92rem; color: var(--muted); }
        .filters label { display: flex; align-items: center; gap: .35rem; }
        .filters input, .filters select { font: inherit; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--ink); }
        .filters input[type=date] { width: 9.5rem; }
        .filters input.short { width: 9rem; }
        td.source { min-width: 12rem; }
        .notes p { margin: .3rem 0; padding: .45rem .7rem; background: #fff8e1; border-left: 4px solid #e0a800; border-radius: 4px; }
        .count { color: var(--muted); margin: .5rem 0 1rem; }
        ol.results { list-style: none; padding: 0; margin: 0; }
        ol.results li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .7rem .9rem; margin-bottom: .7rem; }
        ol.results .title { font-size: 1.1rem; font-weight: 600; }
        .meta { color: var(--muted); font-size: .88rem; display: flex; flex-wrap: wrap; gap: .1rem .9rem; }
        .meta .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; overflow-wrap: anywhere; }
        .snippet { margin: .3rem 0 0; }
        mark { background: var(--mark); color: inherit; padding: 0 .08em; border-radius: 2px; }
        .pages { display: flex; gap: .5rem; align-items: center; margin: 1rem 0; flex-wrap: wrap; }
        .pages .current { font-weight: 700; }
        article.document { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.3rem; }
        article.document .lead { font-weight: 600; }
        article.document p { margin: 0 0 .8rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; font-size: .92rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
        th { background: #eef1f4; white-space: nowrap; }
        th a { color: var(--ink); }
        th a.sorted { color: var(--accent); }
        td.figure { font-weight: 600; }
        .phone { display: none; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.quote { min-width: 18rem; }
        tr:last-child td { border-bottom: 0; }
        ul.citations { list-style: none; padding: 0; margin: 0; }
        ul.citations li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem .9rem; margin-bottom: .6rem; }
        .tag { display: inline-block; font-size: .78rem; background: #eef1f4; border-radius: 10px; padding: 0 .5rem; color: var(--muted); }
        .chart { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem; overflow-x: auto; margin-bottom: .5rem; }
        .chart svg { display: block; max-width: 100%; height: auto; }
        .downloads { display: flex; gap: .5rem; flex-wrap: wrap; margin: .6rem 0 1rem; }
        .empty { background: #fff; border: 1px dashed var(--line); border-radius: 8px; padding: 1rem; color: var(--muted); }
        .error { background: #fdecea; border-left: 4px solid var(--accent); padding: .7rem 1rem; border-radius: 4px; }
        footer.site { max-width: 1080px; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
        @media (max-width: 600px) {
          body { font-size: 15px; }
          main { padding: .6rem; }
          form.search .main { flex-direction: column; }
          .filters input[type=date] { width: 100%; }
          .filters label { flex: 1 1 100%; }
          .filters input, .filters select { flex: 1; min-width: 0; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
          table.cards tr:first-child { display: none; }
          table.cards tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
          table.cards td { border: 0; padding: .1rem .7rem; text-align: left; min-width: 0; }
          table.cards td:empty, table.cards td.wide { display: none; }
          table.cards td.figure { font-weight: 700; font-size: 1.05rem; }
          .phone { display: inline; }
          table.cards td[data-label]:not(.figure):not(.quote)::before { content: attr(data-label) ": "; color: var(--muted); }
          article.document { padding: .8rem; }
        }
        """
}
