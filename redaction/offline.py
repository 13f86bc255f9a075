"""Keep the analyzer offline: tldextract must use its bundled public-suffix list."""

import tldextract
import tldextract.tldextract


def use_bundled_suffix_list() -> None:
    """Replace tldextract's default extractor (which downloads the list on first use).

    Presidio's e-mail and URL recognizers call ``tldextract.extract``, which reads
    the module-level extractor at call time, so swapping it here is enough.
    """
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
