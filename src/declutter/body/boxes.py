"""Segments -> the elements the blocks sit in (`Boxes`), for sums over the element tree.

`region` weighs each element by the prose inside it; `cards` counts the
headlines and blocks inside each.  Both read the same `Boxes`, built once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import accumulate

from declutter.body.segment import Frame, Segment


class Boxes:
    """The elements the blocks sit in, each once, parents before children, with its parent.

    Built from the blocks' chains in one pass: a chain is read from its end
    only up to the first element already seen, so the cost is one step per
    element, not one per element per block.  An element's blocks follow each
    other in page order, so each element keeps the range of block indices it
    holds, and a sum over an element is a difference of running sums.
    """

    def __init__(self, segs: Sequence[Segment]) -> None:
        found: dict[int, Frame] = {}
        parent: dict[int, int] = {}
        first: dict[int, int] = {}  # element -> index of the first block under it
        owners = []  # per block: its element (0 for a block outside any)
        for i, seg in enumerate(segs):
            chain = seg.chain
            if not chain:
                owners.append(0)
                continue
            owner = id(chain[-1].element)
            owners.append(owner)
            if owner in found:
                continue
            top = len(chain) - 1  # the outermost element not seen yet
            while top > 0 and id(chain[top - 1].element) not in found:
                top -= 1
            up = id(chain[top - 1].element) if top else 0
            for frame in chain[top:]:  # outermost first: parents before children
                key = id(frame.element)
                found[key] = frame
                parent[key] = up
                first[key] = i
                up = key
        end: dict[int, int] = {}  # element -> index after its last block
        for i, owner in enumerate(owners):
            end[owner] = i + 1
        for key in reversed(found):  # children before parents
            up = parent[key]
            if up and end[key] > end.get(up, 0):
                end[up] = end[key]
        self.frames = found
        self.parent = parent
        self.owners = owners
        self._first = first
        self._end = end
        self._segs = segs

    def mass(self, weights: Sequence[float]) -> dict[int, float]:
        """Per element, the summed weight of the blocks inside it."""
        running = self.running(weights)
        end = self._end
        return {key: running[end[key]] - running[start] for key, start in self._first.items()}

    def running(self, weights: Sequence[float] | Sequence[int]) -> list[float]:
        """Running sums of one weight per block, for `total`."""
        if len(weights) != len(self.owners):
            raise ValueError("one weight per block")
        return [0.0, *accumulate(weights)]

    def total(self, running: Sequence[float], key: int) -> float:
        """The summed weight of the blocks inside element ``key`` (see `running`)."""
        return running[self._end[key]] - running[self._first[key]]

    def count(self, key: int) -> int:
        """How many blocks element ``key`` holds."""
        return self._end[key] - self._first[key]

    def chain(self, frame: Frame) -> tuple[Frame, ...]:
        """The frames from the root down to ``frame``."""
        return self._segs[self._first[id(frame.element)]].chain[: frame.depth + 1]

    def inside(self, keys: Collection[int]) -> list[bool]:
        """Per block, whether it sits in one of the elements ``keys``."""
        within: dict[int, bool] = {0: False}
        parent = self.parent
        for key in self.frames:  # parents first
            within[key] = key in keys or within[parent[key]]
        return [within[key] for key in self.owners]
