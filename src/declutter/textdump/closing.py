"""Final labels -> the same, with calls to action at the ends of the kept text dropped.

The HTML path's rule (`body.closing.closing_calls`) on dump lines: the short
kept lines after the story's last long one, or before its first, that ask the
reader to do something ("Follow The Gleaner on Twitter ...", "Join our
forums ...", "Letters to the editor ...") are page furniture, not the story.
The patterns are the HTML path's own (`body.textrules.CLOSING_CALL` and
`CROSS_REFERENCE`); only the walk over lines is the text path's.
"""

from __future__ import annotations

from declutter.body.closing import CALL_MAX_CHARS, call_to_action, call_verdict
from declutter.textdump.label import Label
from declutter.textdump.lines import Unit


def closing_calls(units: list[Unit], labels: list[Label]) -> list[Label]:
    """Kept lines shorter than CALL_MAX_CHARS at either end of the kept text that call
    the reader to act, relabelled ``newsletter`` (or ``related`` for a pointer to
    another story at the end); list items are passed over (a story's own list of steps).
    """
    out = list(labels)
    for order, where in ((range(len(units) - 1, -1, -1), "end"), (range(len(units)), "top")):
        for i in order:
            if out[i][0] != "content":
                continue
            text = units[i].text
            if len(text) >= CALL_MAX_CHARS:
                break
            if units[i].bullet:
                continue
            found = call_to_action(text, at_end=where == "end")
            if found is not None:
                out[i] = call_verdict(found, where)
    return out
