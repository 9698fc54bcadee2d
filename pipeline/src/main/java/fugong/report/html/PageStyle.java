package fugong.report.html;

/**
 * The style sheet of the HTML editions, inlined in each page. Laid out for a phone first (360–430
 * px): one column, figure tiles two by two, tables as one card per row below 40em; wide appendix
 * tables scroll inside their own box; a printed page is A4 with the tables as tables. Text in the
 * reader's own CJK font (docs/decisions.md: no font is embedded).
 */
final class PageStyle {
  private PageStyle() {}

  static final String CSS =
      """
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body { margin: 0 auto; padding: 0 12px 24px; max-width: 50em; color: #1a1a1a; background: #fff;
        font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
        font-size: 16px; line-height: 1.6; word-wrap: break-word; }
      h1, h2, h3, h4 { line-height: 1.35; }
      h1 { font-size: 1.25em; margin: 0.4em 0 0.2em; text-align: center; }
      h2 { font-size: 1.15em; margin: 1.4em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid #ddd; }
      h3 { font-size: 1em; display: inline; margin: 0; }
      h4 { font-size: 1em; margin: 1em 0 0.3em; }
      p { margin: 0.5em 0; }
      .masthead { text-align: center; padding-top: 12px; }
      .journal { color: #c81010; font-size: 1.6em; font-weight: bold; letter-spacing: 0.05em; margin: 0; line-height: 1.3; }
      .issue { margin: 0.2em 0; }
      .issuer { display: flex; justify-content: space-between; flex-wrap: wrap; border-bottom: 2px solid #c81010; padding-bottom: 0.3em; margin-bottom: 0.5em; }
      .subtitle { color: #555; font-size: 0.9em; margin-top: 0; }
      .cutoff { display: inline-block; }
      .tiles { list-style: none; padding: 0; margin: 0.8em 0; display: flex; flex-wrap: wrap; justify-content: space-between; }
      .tile { box-sizing: border-box; width: 48.5%; margin-bottom: 8px; padding: 6px 8px; border: 1px solid #ccc; border-left: 6px solid #888; border-radius: 4px; }
      .tile span { display: block; }
      .tile-label { font-size: 0.9em; color: #444; }
      .tile-value { font-size: 1.6em; font-weight: bold; line-height: 1.2; }
      .tile-change, .tile-target { font-size: 0.85em; color: #444; }
      .tile .standing { font-weight: bold; }
      .tile.good { border-left-color: #2e8b57; }
      .tile.watch { border-left-color: #c08000; }
      .tile.behind { border-left-color: #c81010; }
      .tile.good .standing { color: #1e6b3f; }
      .tile.watch .standing { color: #8a5c00; }
      .tile.behind .standing { color: #b00e0e; }
      .actions { list-style: none; padding: 0; margin: 0.5em 0; }
      .actions li { margin: 0 0 0.6em; padding: 0.4em 0.6em; border-left: 4px solid #999; background: #f6f6f6; }
      .actions .severity-high { border-left-color: #c81010; color: #a00c0c; background: #fdecec; }
      .actions .severity-medium { border-left-color: #c08000; }
      .note { color: #555; font-size: 0.85em; }
      .revisions { border-left: 3px solid #b8860b; padding-left: 0.6em; }
      table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 0.5em 0; }
      th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
      thead th { background: #f0f0f0; }
      td.number, th.number { text-align: right; white-space: nowrap; }
      .good { background: #d4edda; }
      .watch { background: #fff0c2; }
      .behind { background: #f8d3d3; }
      .bottom { font-weight: bold; }
      .scroll { overflow-x: auto; max-width: 100%; margin: 0.5em 0; }
      .scroll table { width: auto; min-width: 100%; margin: 0; }
      .scroll th, .scroll td { white-space: nowrap; }
      .scroll th[scope=row] { position: sticky; left: 0; background: #fff; }
      .heat td { text-align: right; min-width: 2.6em; }
      figure { margin: 0.8em 0; }
      figcaption { color: #444; font-size: 0.85em; }
      svg.chart { display: block; width: 100%; height: auto; max-width: 36em; font-family: inherit; }
      svg .grid { stroke: #ddd; stroke-width: 1; }
      svg .tick, svg .legend, svg .label, svg .value { font-size: 11px; fill: #333; }
      svg .band { fill: #c8d3e6; stroke: none; }
      svg .line { fill: none; stroke: #c81010; stroke-width: 2; }
      svg .dot { fill: #c81010; }
      svg .bar { fill: #9aa7b8; }
      svg .bar.good { fill: #2e8b57; }
      svg .bar.watch { fill: #f0a202; }
      svg .bar.behind { fill: #d62728; }
      details { border-top: 1px solid #ddd; padding: 0.5em 0; }
      summary { cursor: pointer; padding: 0.3em 0; }
      .details-body { padding-bottom: 0.5em; }
      .findings, .definitions { padding-left: 0; list-style: none; font-size: 0.9em; }
      .findings li, .definitions li { margin-bottom: 0.4em; }
      footer { margin-top: 2em; border-top: 1px solid #ddd; color: #555; font-size: 0.8em; }
      @media (max-width: 40em) {
        table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: auto; }
        table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        table.cards tr { display: flex; flex-direction: column; border: 1px solid #ccc; border-radius: 4px; margin-bottom: 8px; padding: 2px 0; }
        table.cards th, table.cards td { border: none; padding: 2px 8px; text-align: left; white-space: normal; }
        table.cards th[scope=row] { order: -1; font-weight: bold; background: #f0f0f0; }
        table.cards td::before, table.cards th[scope=row]::before { content: attr(data-label) "："; color: #555; font-weight: normal; }
        table.cards.compact tr { flex-direction: row; flex-wrap: wrap; }
        table.cards.compact th[scope=row] { width: 100%; box-sizing: border-box; }
        table.cards.compact td { display: flex; justify-content: space-between; width: 50%; box-sizing: border-box; text-align: right; }
        table.cards.compact td::before { content: attr(data-label); text-align: left; padding-right: 0.5em; white-space: nowrap; }
      }
      @media print {
        @page { size: A4; margin: 15mm; }
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        .tiles { flex-wrap: nowrap; gap: 6px; }
        .tile { width: auto; flex: 1 1 0; }
        .scroll { overflow: visible; }
        .scroll th, .scroll td { white-space: normal; }
        table { font-size: 9pt; }
        figure, tr, .tile, .actions li { page-break-inside: avoid; }
        h2, h3, h4 { page-break-after: avoid; }
      }
      """;
}
