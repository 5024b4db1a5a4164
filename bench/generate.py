"""Make a large, varied corpus from our own articles for benchmarks and batch tests.

Each generated article is one of ours with its body paragraphs shuffled and its
metadata varied, so texts differ (no duplicates unless asked). Broken articles
can be mixed in: invalid JSON, empty text, binary bytes, and a 5 MB article.

    python bench/generate.py -n 20000 --broken 0.01 -o outputs/bench-corpus
"""
import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def source_articles() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").rglob("*.json"))]


def varied(article: dict, number: int, rng: random.Random) -> dict:
    headline, *body = [p for p in article["text"].split("\n\n") if p.strip()]
    rng.shuffle(body)
    return {"id": f"gen-{number:07d}", "published": article["published"],
            "source": f"{article.get('source') or 'Generated Wire'} #{number % 17}",
            "url": f"https://example.org/articles/{number}", "title": article.get("title"),
            "text": "\n\n".join([headline, *body])}


def broken_line(kind: str, number: int) -> str:
    if kind == "json":
        return '{"id": "broken-%d", "text": "unterminated' % number
    if kind == "empty":
        return json.dumps({"id": f"empty-{number}", "text": "   ", "published": "2025-04-09"})
    if kind == "binary":
        return json.dumps({"id": f"binary-{number}", "text": "\x89PNG\x00\x00\x1a" * 20})
    return json.dumps({"id": f"huge-{number}", "text": "Tariffs rose again. " * 260_000})  # about 5 MB


def generate(n: int, outdir: Path, shard_size: int, broken: float, seed: int, gz: bool) -> list[Path]:
    rng = random.Random(seed)
    articles = source_articles()
    outdir.mkdir(parents=True, exist_ok=True)
    paths, lines = [], []
    kinds = ["json", "empty", "binary", "huge"]
    n_broken = int(n * broken)
    broken_at = set(rng.sample(range(n), n_broken)) if n_broken else set()
    for number in range(n):
        if number in broken_at:
            lines.append(broken_line(kinds[len(lines) % len(kinds)], number))
        else:
            lines.append(json.dumps(varied(rng.choice(articles), number, rng), ensure_ascii=False))
        if len(lines) == shard_size or number == n - 1:
            path = outdir / f"shard-{len(paths):04d}.jsonl{'.gz' if gz else ''}"
            data = ("\n".join(lines) + "\n").encode("utf-8")
            path.write_bytes(gzip.compress(data) if gz else data)
            paths.append(path)
            lines = []
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles to generate")
    parser.add_argument("-o", "--outdir", type=Path, default=ROOT / "outputs" / "bench-corpus")
    parser.add_argument("--shard-size", type=int, default=500)
    parser.add_argument("--broken", type=float, default=0.0, help="share of broken articles, e.g. 0.01")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--gzip", action="store_true")
    args = parser.parse_args()
    paths = generate(args.n, args.outdir, args.shard_size, args.broken, args.seed, args.gzip)
    print(f"{args.n} articles in {len(paths)} shards under {args.outdir}")


if __name__ == "__main__":
    main()
