"""Babel extractor for Django templates: Django's own `templatize` turns a template into Python source with
gettext calls (and `# Translators:` comments), which Babel's Python extractor then reads. So `make berichten`
needs no xgettext, and `tests/test_vertalingen.py` extracts exactly as it does."""

from __future__ import annotations

import io

from babel.messages.extract import extract_python


def extract_django(fileobj, keywords, comment_tags, options):
    from django.utils.translation.template import templatize

    # templatize keeps the template's indentation, which Python's tokenizer would read as blocks; inside one pair
    # of brackets indentation means nothing. The opening bracket stays on line 1, so line numbers stay right.
    bron = "(" + templatize(fileobj.read().decode("utf-8")) + "\n)"
    yield from extract_python(io.BytesIO(bron.encode("utf-8")), keywords, comment_tags, options)
