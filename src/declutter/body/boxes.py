"""Segments -> the elements the blocks sit in (`Boxes`), for sums over the element tree.

`region` weighs each element by the prose inside it; `cards` counts the
headlines and blocks inside each.  Both read the same `Boxes`, built once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from declutter.body.segment import Frame, Segment


class Boxes:
    """The elements the blocks sit in, each once, parents before children, with its parent.

    Built from the blocks' chains in one pass: a chain is read from its end
    only up to the first element already seen, so the cost is one step per
    element, not one per element per block.
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
        self.frames = found
        self.parent = parent
        self.owners = owners
        self._first = first
        self._segs = segs

    def mass(self, weights: Sequence[float]) -> dict[int, float]:
        """Per element, the summed weight of the blocks inside it (positive ones only)."""
        mass: dict[int, float] = {}
        for key, weight in zip(self.owners, weights, strict=True):
            if weight > 0 and key:
                mass[key] = mass.get(key, 0.0) + weight
        parent = self.parent
        for key in reversed(self.frames):  # children before parents
            value = mass.get(key)
            up = parent[key]
            if value is not None and up:
                mass[up] = mass.get(up, 0.0) + value
        return mass

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
