"""The typed record schema: one ``ArticleRecord`` per article, and the gold format.

Extraction writes records, evaluation reads them beside ``GoldArticle`` files
(``../shared/gold/FORMAT.md``), and every later tool (timeline, review) uses the
same models. ``record.schema.json`` in ``models/`` is generated from here.
"""
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Granularity = Literal["day", "month", "year", "week", "quarter"]
DateAnchor = Literal["explicit", "publication", "date"]
EventType = Literal["CONSULT", "REQUEST", "PROPOSE", "AGREE", "IMPOSE_TARIFF",
                    "EASE_TARIFF", "RETALIATE", "THREATEN", "REJECT"]


class Item(BaseModel):
    model_config = ConfigDict(extra="allow")


class Mention(Item):
    text: str
    start: int = Field(description="character offset in the article text")
    end: int


class Country(Item):
    code: str = Field(description="ISO 3166-1 alpha-3, or EU")
    name: str
    mentions: list[Mention] = []


class DateItem(Item):
    text: str
    value: str | None = Field(description="YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-Qn")
    start: int
    end: int
    granularity: Granularity
    anchor: DateAnchor = Field(description="explicit, relative to publication, or to another date")
    anchored_on: str | None = Field(None, description="the date it was resolved against")
    form: str | None = None


class Official(Item):
    name: str = Field(description="the fullest form of the name in the text")
    aliases: list[str] = []
    title: str | None = Field(None, description="the fullest title the text gives")
    title_source: Literal["text", "known"] | None = Field(
        None, description="text, or known: the usual title of a well-known official the text names bare")
    country: str | None = None
    org: str | None = None
    former: bool = False
    mentions: list[Mention] = []


class Tariff(Item):
    rate: float
    target: str | None = None
    imposer: str | None = None
    product: str | None = None
    start: int | None = None
    end: int | None = None


Stance = Literal["open_to_negotiation", "offer", "optimism", "demand", "threat", "rejection",
                 "criticism", "neutral"]


class Quote(Item):
    """A direct quotation (``direct: true``) or an indirect position (``direct: false``)."""
    text: str
    speaker: str | None = Field(None, description="canonical name of the person, or the institution")
    start: int | None = None
    end: int | None = None
    speaker_country: str | None = None
    cue: str | None = Field(None, description="the reporting verb or phrase")
    date: str | None = Field(None, description="the date its sentence gives")
    topics: list[str] = []
    stance: Stance = "neutral"
    stance_cues: list[str] = []
    plover: str | None = Field(None, description="PLOVER quad class: verbal cooperation or verbal conflict")
    direct: bool = True


class Event(Item):
    """A negotiation event; ``evidence`` holds each sentence that reports it, with its span."""
    type: EventType
    date: str | None = None
    actors: list[str] = []
    targets: list[str] = []


class ArticleError(Item):
    code: str = Field(description="machine-readable kind, e.g. empty_text, no_publication_date")
    message: str


class ArticleRecord(Item):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str | None = None
    id: str
    origin: str | None = Field(None, description="where the article was read: file, or file:line")
    text_hash: str | None = Field(None, description="SHA-1 of the whitespace-normalised text (duplicate detection)")
    published: str | None = None
    published_source: Literal["metadata", "dateline"] | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    countries: list[Country] = []
    officials: list[Official] = []
    tariffs: list[Tariff] = []
    dates: list[DateItem] = Field([], description="expressions that name a day, month or year (FORMAT.md)")
    periods: list[DateItem] = Field([], description="expressions that name a week or quarter ('last week', 'Q1')")
    quotes: list[Quote] = []
    positions: list[Quote] = []
    events: list[Event] = []
    hedged_events: list[Event] = Field([], description="events the text hedges or denies (modality possible or negated)")
    errors: list[ArticleError] = []


class GoldOfficial(Item):
    name: str
    aliases: list[str] = []
    title: str | None = None
    country: str | None = None


class GoldTariff(Item):
    rate: float
    target: str | None = None
    imposer: str | None = None
    product: str | None = None


class GoldDate(Item):
    text: str
    value: str


class GoldQuote(Item):
    text: str
    speaker: str | None = None


class GoldEvent(Item):
    type: EventType
    date: str | None = None
    actors: list[str] = []
    targets: list[str] = []


class GoldAnnotations(Item):
    countries: list[str] = []
    officials: list[GoldOfficial] = []
    tariffs: list[GoldTariff] = []
    dates: list[GoldDate] = []
    quotes: list[GoldQuote] = []
    events: list[GoldEvent] = []


class GoldArticle(Item):
    id: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    text: str
    gold: GoldAnnotations


def record_json_schema() -> dict:
    return ArticleRecord.model_json_schema()
