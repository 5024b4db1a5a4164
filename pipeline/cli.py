"""The ``trade-events`` command line."""
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Negotiation-event records from trade news.")
err = Console(stderr=True)
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "models" / "record.schema.json"


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="files, folders, JSONL, or - for stdin")],
    output: Annotated[Path, typer.Option("-o", "--output", help="records JSONL (- for stdout)")] = Path("outputs/records.jsonl"),
    n_process: Annotated[int, typer.Option(help="worker processes for nlp.pipe")] = 1,
    batch_size: Annotated[int, typer.Option(help="texts per nlp.pipe batch")] = 32,
) -> None:
    """Extract one record per article into a JSONL file."""
    from . import load
    from .ingest import IngestFailure, read_inputs
    from .records import process

    nlp = load()
    stream = sys.stdout if str(output) == "-" else _open_output(output)
    counts = {"articles": 0, "failed": 0, "countries": 0, "dates": 0}
    with stream:
        for item in process(nlp, read_inputs(inputs), n_process=n_process, batch_size=batch_size):
            if isinstance(item, IngestFailure):
                counts["failed"] += 1
                err.print(f"[red]skipped[/red] {item}", highlight=False)
                continue
            counts["articles"] += 1
            counts["countries"] += len(item.countries)
            counts["dates"] += len(item.dates)
            for warning in item.errors:
                err.print(f"[yellow]warning[/yellow] {item.id}: {warning.message}", highlight=False)
            stream.write(item.model_dump_json() + "\n")
    err.print(f"{counts['articles']} records written to {output} ({counts['failed']} articles failed); "
              f"{counts['countries']} countries, {counts['dates']} dates", highlight=False)


def _open_output(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8")


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="files, folders, globs, JSONL shards (plain or .gz)")],
    outdir: Annotated[Path, typer.Option("-o", "--outdir", help="output folder (shards, errors, manifest)")] = Path("outputs/batch"),
    n_process: Annotated[int, typer.Option(help="worker processes (local) or Dask workers (LocalCluster)")] = 2,
    batch_size: Annotated[int, typer.Option(help="texts per nlp.pipe batch")] = 32,
    shard_size: Annotated[int, typer.Option(help="records per output shard")] = 1000,
    recycle_every: Annotated[int, typer.Option(help="articles per fresh pipeline and worker processes (keeps memory flat)")] = 2000,
    engine: Annotated[str, typer.Option(help="local or dask")] = "local",
    scheduler: Annotated[str, typer.Option(help="Dask scheduler address; without it a LocalCluster starts")] = "",
    quiet: Annotated[bool, typer.Option("--quiet", help="no progress output")] = False,
) -> None:
    """Process a corpus into sharded JSONL; rerun the same command to resume after a crash."""
    from .batch import BatchOptions, run_batch

    if engine not in ("local", "dask"):
        raise typer.BadParameter("--engine takes local or dask")
    manifest = run_batch(inputs, BatchOptions(outdir=outdir, n_process=n_process, batch_size=batch_size,
                                              shard_size=shard_size, engine=engine, scheduler=scheduler or None,
                                              recycle_every=recycle_every, quiet=quiet))
    if not quiet:
        err.print(f"{manifest['records_total']} records and {manifest['errors_total']} errors in {outdir} "
                  f"({manifest['written_this_run']} written now, {manifest['duplicates_skipped']} duplicates skipped, "
                  f"{manifest['skipped_already_written']} already done) in {manifest['seconds']} s", highlight=False)


@app.command("timeline")
def timeline_command(
    records: Annotated[list[str], typer.Argument(help="records JSONL files or batch output folders")],
    outdir: Annotated[Path, typer.Option("-o", "--outdir")] = Path("outputs/timeline"),
    date_from: Annotated[str, typer.Option("--from", help="first date, YYYY[-MM[-DD]]")] = "",
    date_to: Annotated[str, typer.Option("--to", help="last date, YYYY[-MM[-DD]]")] = "",
    country: Annotated[list[str], typer.Option(help="ISO code of an actor or target; repeatable")] = [],
    event_type: Annotated[list[str], typer.Option("--type", help="event type; repeatable")] = [],
    reviewed_only: Annotated[bool, typer.Option("--reviewed-only", help="only events accepted in review")] = False,
    review_db: Annotated[str, typer.Option(help="review database whose decisions to apply (trade-events review)")] = "",
    title: Annotated[str, typer.Option(help="title of the timeline")] = "Trade negotiation events",
) -> None:
    """Events of a corpus in date order: CSV, Parquet, TimelineJS JSON and an offline HTML chart."""
    from .timeline import build_tables, filter_events, read_records, write_tables
    from .timeline_render import write_outputs

    loaded = read_records(records)
    if review_db:
        from .review.gold import apply_review
        from .review.store import connect
        loaded = apply_review(connect(review_db), loaded)
    events, evidence = filter_events(*build_tables(loaded), start=date_from or None,
                                     end=date_to or None, countries=country, types=event_type,
                                     reviewed_only=reviewed_only)
    outdir.mkdir(parents=True, exist_ok=True)
    write_tables(events, evidence, outdir)
    write_outputs(events, evidence, outdir, title)
    err.print(f"{len(events)} events ({events['date'].isna().sum()} undated) from "
              f"{evidence['article_id'].nunique()} articles written to {outdir}/ "
              "(events.csv, events.parquet, evidence.csv, evidence.parquet, timeline.json, timeline.html)",
              highlight=False)


@app.command(context_settings={"allow_extra_args": False})
def review(
    args: Annotated[list[str], typer.Argument(help="RECORDS... to review, or: export | agreement")],
    db: Annotated[Path, typer.Option(help="review database (SQLite)")] = Path("review.sqlite"),
    articles: Annotated[list[str], typer.Option(help="article files/folders for the texts (default: the records' origins)")] = [],
    host: Annotated[str, typer.Option(help="address to bind; anything but 127.0.0.1 needs a token")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    token: Annotated[str, typer.Option(help="access token (generated and printed when --host is not local)")] = "",
    output: Annotated[Path, typer.Option("-o", "--output", help="gold folder for `review export`")] = Path("gold"),
) -> None:
    """Review records in a local web app; `review export` writes gold files, `review agreement` compares reviewers."""
    import secrets

    from .review.store import connect, load_records, texts_for

    if args[0] == "export":
        from .review.gold import export_gold
        paths = export_gold(connect(db), output)
        err.print(f"{len(paths)} reviewed articles written as gold files to {output}/", highlight=False)
        return
    if args[0] == "agreement":
        from .review.gold import agreement
        print(json.dumps(agreement(connect(db)), indent=2))
        return
    from .timeline import read_records
    records = read_records(args)
    connection = connect(db)
    added = load_records(connection, records, texts_for(records, articles))
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        token = secrets.token_urlsafe(16)
    import uvicorn

    from .review.app import create_app
    where = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    err.print(f"{added} new articles in {db}; review at {where}", highlight=False)
    uvicorn.run(create_app(db, token or None), host=host, port=port, log_level="warning")


@app.command("export")
def export_command(
    tool: Annotated[str, typer.Argument(help="labelstudio or prodigy")],
    records: Annotated[list[str], typer.Argument(help="records JSONL files or batch folders")],
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("tasks.json"),
    articles: Annotated[list[str], typer.Option(help="article files/folders for the texts")] = [],
) -> None:
    """Pre-annotated tasks for Label Studio (JSON) or Prodigy (JSONL)."""
    from .review.interchange import export_tasks
    from .review.store import texts_for
    from .timeline import read_records

    if tool not in ("labelstudio", "prodigy"):
        raise typer.BadParameter("labelstudio or prodigy")
    loaded = read_records(records)
    count = export_tasks(tool, loaded, texts_for(loaded, articles), output)
    err.print(f"{count} tasks written to {output}", highlight=False)


@app.command("import")
def import_command(
    tool: Annotated[str, typer.Argument(help="labelstudio or prodigy")],
    path: Annotated[Path, typer.Argument(help="the tool's export (Label Studio JSON, Prodigy JSONL)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="gold folder")] = Path("gold"),
) -> None:
    """Corrected annotations from Label Studio or Prodigy back into gold files."""
    from .review.interchange import import_tasks

    if tool not in ("labelstudio", "prodigy"):
        raise typer.BadParameter("labelstudio or prodigy")
    paths = import_tasks(tool, path, output)
    err.print(f"{len(paths)} gold files written to {output}/", highlight=False)


@app.command()
def evaluate(
    predictions: Annotated[Path, typer.Argument(help="records JSONL from `extract`")],
    gold: Annotated[list[str], typer.Argument(help="gold JSON files or folders (FORMAT.md)")],
    as_json: Annotated[bool, typer.Option("--json", help="print machine-readable JSON")] = False,
    misses: Annotated[str, typer.Option(help="list the false positives/negatives of one field")] = "",
) -> None:
    """Precision, recall and F1 per field against gold annotations."""
    from .evaluate import FIELDS, evaluate as score, load_gold, load_records, report_json

    golds = load_gold(gold)
    scores = score(load_records(str(predictions)), golds)
    if as_json:
        print(report_json(scores, len(golds)))
    else:
        table = Table(title=f"trade-events evaluation on {len(golds)} gold articles")
        for column in ("field", "precision", "recall", "F1", "tp", "fp", "fn", "attribute accuracy"):
            table.add_column(column, justify="left" if column in ("field", "attribute accuracy") else "right")
        for name in FIELDS:
            s = scores[name]
            attrs = ", ".join(f"{a} {c / t:.3f}" for a, (c, t) in s.attributes.items() if t)
            table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                          str(s.tp), str(s.fp), str(s.fn), attrs)
        Console().print(table)
    if misses:
        if misses not in scores:
            raise typer.BadParameter(f"--misses takes one of {', '.join(FIELDS)}")
        for miss in scores[misses].misses:
            print(f"{miss['article']}\t{miss['kind']}\t{miss['item']}")


@app.command()
def assemble(
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("models/trade-events-pipeline"),
) -> None:
    """Write the whole pipeline to a directory that plain `spacy.load` opens."""
    from .loading import assemble as build

    build(output)
    err.print(f"pipeline written to {output}; load it with spacy.load({str(output)!r})", highlight=False)


@app.command("check-gold")
def check_gold(
    files: Annotated[list[Path], typer.Argument(help="gold JSON files or folders")],
) -> None:
    """Check gold files against FORMAT.md: structure, codes, strings that stand in the text."""
    from .gold_check import check

    paths = [p for item in files for p in (sorted(item.rglob("*.json")) if item.is_dir() else [item])]
    problems = 0
    for path in paths:
        for problem in check(path):
            problems += 1
            print(f"{path}: {problem}")
    err.print(f"{len(paths)} gold files checked, {problems} problems", highlight=False)
    raise typer.Exit(1 if problems else 0)


@app.command()
def schema(
    output: Annotated[Path, typer.Option("-o", "--output")] = SCHEMA_PATH,
) -> None:
    """Write the JSON Schema of the article record (generated from the pydantic models)."""
    from .schema import record_json_schema

    output.write_text(json.dumps(record_json_schema(), indent=2) + "\n", encoding="utf-8")
    err.print(f"record schema written to {output}", highlight=False)


if __name__ == "__main__":
    app()
