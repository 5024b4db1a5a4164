"""Timeline outputs people read: Knight Lab TimelineJS JSON and one offline HTML page.

The page draws its charts as inline SVG when it is written, so it needs no
script, font or library from anywhere: events over time by country pair and
type, tariff rates over time per target country, and a table of events linked
to their evidence. Every text from an article is HTML-escaped.
"""
import json
from datetime import date
from html import escape

import pandas as pd

TYPE_COLOURS = {"CONSULT": "#1f77b4", "REQUEST": "#17becf", "PROPOSE": "#9467bd", "AGREE": "#2ca02c",
                "IMPOSE_TARIFF": "#d62728", "EASE_TARIFF": "#8c564b", "RETALIATE": "#ff7f0e",
                "THREATEN": "#e377c2", "REJECT": "#7f7f7f"}


def pair(row) -> str:
    return f"{'+'.join(row['actors']) or '?'} → {'+'.join(row['targets']) or '?'}"


def start_date(value: str) -> dict:
    """TimelineJS date at the value's own precision (weeks and quarters start on their first day)."""
    if "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return {"year": first.year, "month": first.month, "day": first.day}
    if "-Q" in value:
        year, quarter = value.split("-Q")
        return {"year": int(year), "month": 3 * (int(quarter) - 1) + 1}
    parts = [int(p) for p in value.split("-")]
    return dict(zip(("year", "month", "day"), parts))


def timelinejs(events: pd.DataFrame, evidence: pd.DataFrame, title: str) -> dict:
    dated = events[events["date"].notna()]
    slides = []
    for _, row in dated.iterrows():
        mentions = evidence[evidence["event_id"] == row["event_id"]]
        quotes = "".join(f"<blockquote>{escape(str(m['sentence']))}</blockquote>"
                         f"<p>{_source_link(m)}</p>" for _, m in mentions.head(3).iterrows())
        slides.append({
            "unique_id": row["event_id"], "start_date": start_date(row["date"]), "group": pair(row),
            "text": {"headline": escape(row["summary"]),
                     "text": f"<p>{escape(row['type'])} · {row['n_articles']} article(s)</p>{quotes}"},
        })
    undated = len(events) - len(dated)
    return {"title": {"text": {"headline": escape(title),
                               "text": f"<p>{len(dated)} dated events; {undated} undated events are listed in "
                                       f"events.csv only.</p>"}},
            "events": slides}


def _source_link(mention) -> str:
    label = escape(str(mention["source"] or mention["article_id"]))
    url = mention["url"]
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{label}</a>'
    return label


def _day_number(value: str) -> float:
    start = start_date(value)
    return date(start["year"], start.get("month", 1), start.get("day", 1)).toordinal()


def events_chart(events: pd.DataFrame, width: int = 960) -> str:
    dated = events[events["date"].notna()]
    pairs = list(dict.fromkeys(pair(r) for _, r in dated.iterrows()))
    if dated.empty:
        return '<svg id="events-chart" width="960" height="40"><text x="10" y="25">No dated events.</text></svg>'
    days = [_day_number(v) for v in dated["date"]]
    low, high = min(days), max(days) + 1
    left, row_height = 190, 28
    height = 40 + row_height * len(pairs)
    scale = lambda day: left + (width - left - 20) * (day - low) / (high - low)  # noqa: E731
    parts = [f'<svg id="events-chart" role="img" aria-label="events over time" width="{width}" height="{height}">']
    for index, name in enumerate(pairs):
        y = 30 + row_height * index
        parts.append(f'<text x="5" y="{y + 4}" font-size="12">{escape(name)}</text>'
                     f'<line x1="{left}" x2="{width - 20}" y1="{y}" y2="{y}" stroke="#ddd"/>')
    for (_, row), day in zip(dated.iterrows(), days):
        y = 30 + row_height * pairs.index(pair(row))
        parts.append(f'<a href="#{row["event_id"]}"><circle class="event" cx="{scale(day):.1f}" cy="{y}" r="6" '
                     f'fill="{TYPE_COLOURS.get(row["type"], "#333")}"><title>{escape(row["date"])}: '
                     f'{escape(row["summary"])}</title></circle></a>')
    first, last = date.fromordinal(int(low)).isoformat(), date.fromordinal(int(high) - 1).isoformat()
    parts.append(f'<text x="{left}" y="{height - 5}" font-size="11">{first}</text>'
                 f'<text x="{width - 100}" y="{height - 5}" font-size="11">{last}</text></svg>')
    return "".join(parts)


def rates_chart(events: pd.DataFrame, width: int = 960, height: int = 260) -> str:
    rated = events[events["date"].notna() & events["rate"].notna() & events["type"].isin(
        ["IMPOSE_TARIFF", "EASE_TARIFF", "RETALIATE", "THREATEN"])]
    if rated.empty:
        return '<svg id="rates-chart" width="960" height="40"><text x="10" y="25">No tariff rates with dates.</text></svg>'
    points: dict[str, list[tuple[float, float, str]]] = {}
    for _, row in rated.iterrows():
        for target in row["targets"] or ["all partners"]:
            points.setdefault(target, []).append((_day_number(row["date"]), float(row["rate"]), row["date"]))
    days = [p[0] for series in points.values() for p in series]
    low, high = min(days), max(days) + 1
    top = max(p[1] for series in points.values() for p in series) or 1
    x = lambda day: 60 + (width - 200) * (day - low) / (high - low)  # noqa: E731
    y = lambda rate: height - 30 - (height - 60) * rate / top  # noqa: E731
    palette = list(TYPE_COLOURS.values())
    parts = [f'<svg id="rates-chart" role="img" aria-label="tariff rates over time" width="{width}" height="{height}">',
             f'<line x1="60" y1="{height - 30}" x2="{width - 140}" y2="{height - 30}" stroke="#999"/>',
             f'<text x="5" y="{y(top) + 4:.1f}" font-size="11">{top:g}%</text>',
             f'<text x="5" y="{height - 26}" font-size="11">0%</text>']
    for index, (target, series) in enumerate(sorted(points.items())):
        series.sort()
        colour = palette[index % len(palette)]
        path = " ".join(f"{x(d):.1f},{y(r):.1f}" for d, r, _ in series)
        parts.append(f'<polyline class="rate-line" points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d, r, value in series:
            parts.append(f'<circle cx="{x(d):.1f}" cy="{y(r):.1f}" r="4" fill="{colour}">'
                         f'<title>{escape(target)} {r:g}% ({escape(value)})</title></circle>')
        parts.append(f'<text x="{width - 130}" y="{20 + 16 * index}" font-size="12" fill="{colour}">'
                     f'{escape(target)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def events_table(events: pd.DataFrame, evidence: pd.DataFrame, table_id: str) -> str:
    rows = []
    for _, row in events.iterrows():
        mentions = evidence[evidence["event_id"] == row["event_id"]]
        cited = "".join(f"<li>{escape(str(m['sentence']))} — {_source_link(m)}</li>" for _, m in mentions.iterrows())
        rows.append(f'<tr id="{row["event_id"]}"><td>{escape(str(row["date"] or "—"))}</td>'
                    f'<td>{escape(row["type"])}</td><td>{escape(row["summary"])}</td>'
                    f'<td>{row["n_articles"]}</td><td><details><summary>evidence</summary><ul>{cited}</ul>'
                    f'</details></td></tr>')
    return (f'<table id="{table_id}"><thead><tr><th>date</th><th>type</th><th>event</th><th>articles</th>'
            f'<th>evidence</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def html_page(events: pd.DataFrame, evidence: pd.DataFrame, title: str) -> str:
    dated, undated = events[events["date"].notna()], events[events["date"].isna()]
    legend = " ".join(f'<span style="color:{c}">● {escape(t)}</span>' for t, c in TYPE_COLOURS.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:sans-serif;margin:1.5em;color:#222}} table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:4px;text-align:left;vertical-align:top;font-size:13px}}
blockquote{{margin:0}} .legend span{{margin-right:1em;font-size:12px}}</style></head>
<body><h1>{escape(title)}</h1>
<p>{len(dated)} dated events, {len(undated)} undated, from {evidence['article_id'].nunique()} articles.</p>
<h2>Events over time by country pair</h2><p class="legend">{legend}</p>{events_chart(events)}
<h2>Tariff rates over time by target</h2>{rates_chart(events)}
<h2>Events</h2>{events_table(dated, evidence, "events-table")}
<h2>Events without a date</h2>{events_table(undated, evidence, "undated-table")}
</body></html>
"""


def write_outputs(events: pd.DataFrame, evidence: pd.DataFrame, outdir, title: str) -> None:
    (outdir / "timeline.json").write_text(json.dumps(timelinejs(events, evidence, title), indent=1, ensure_ascii=False),
                                          encoding="utf-8")
    (outdir / "timeline.html").write_text(html_page(events, evidence, title), encoding="utf-8")
