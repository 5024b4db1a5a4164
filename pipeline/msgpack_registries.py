"""srsly's msgpack encoder/decoder registries, looked up once instead of on every call.

``nlp.pipe(n_process=N)`` sends every Doc between processes with ``Doc.to_bytes`` /
``from_bytes``, which pack and unpack with srsly's msgpack. Each Packer and Unpacker
asks catalogue for all registered encoders, and catalogue answers by scanning every
installed package's entry points and its whole registry: about 2 ms of a Doc's 3 ms
round trip on each side. The cached view below returns the same mapping and reads it
again whenever anything new is registered in catalogue (the registry's size changes).
Entry points added by installing a package while a process runs are not seen by that
process, as with spaCy's own factories.
"""
import catalogue
import srsly.msgpack


class CachedRegistry:
    """A catalogue registry whose ``get_all`` is computed once per registry state."""

    def __init__(self, registry: catalogue.Registry):
        self.registry = registry
        self.state: int | None = None
        self.found: dict = {}

    def get_all(self) -> dict:
        state = len(catalogue.REGISTRY)
        if state != self.state:
            self.found, self.state = self.registry.get_all(), state
        return self.found

    def __getattr__(self, name: str):
        return getattr(self.registry, name)


def cache_msgpack_registries() -> None:
    """Install the cached view in srsly.msgpack (idempotent)."""
    for name in ("msgpack_encoders", "msgpack_decoders"):
        registry = getattr(srsly.msgpack, name)
        if not isinstance(registry, CachedRegistry):
            setattr(srsly.msgpack, name, CachedRegistry(registry))
