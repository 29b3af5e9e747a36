"""Typed wrappers around compiled XPath: element results and string results.

lxml types an XPath result as a wide union; these helpers narrow it once so the
readers can stay strictly typed.
"""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html


def elements(xpath: lxml.etree.XPath, node: Any, **variables: Any) -> list[lxml.html.HtmlElement]:
    """Element results of ``xpath`` evaluated at ``node``."""
    result = xpath(node, **variables)
    if not isinstance(result, list):
        return []
    return [r for r in result if isinstance(r, lxml.html.HtmlElement)]


def strings(xpath: lxml.etree.XPath, node: Any, **variables: Any) -> list[Any]:
    """String results (lxml "smart strings": ``getparent()`` and ``is_tail`` work)."""
    result = xpath(node, **variables)
    if not isinstance(result, list):
        return []
    return [r for r in result if isinstance(r, str)]
