"""Ablation: each rule family switched off in turn, and what the scores lose without it.

usage: python benchmarks/ablation.py [--jobs N] [--only PATTERN] [--side html|text]
                                     [--split] [--list] [--corpora DIR] [--check DIR]
                                     [--dumps DIR] [--output FILE] [--cache DIR] [--fresh]

A family is one of:

- a named rule set of a data-only rules module (`DATA_MODULES`): every public
  upper-case constant that is a pattern, a regex source, a word/token set or a
  table of them (numbers are thresholds, not rules; `NOT_RULES` lists the few
  constants that are the markup's grammar or a speed prefilter).  With
  ``--split``, each entry of a table (``rules.TOKEN_LABELS[video]``) is an arm too;
- a pass of a stage's driver function (`DRIVERS`): every call to a step of the
  body or text-dump stage whose result can be switched off: a pass that
  returns the labels it got returns them unchanged, one that changes labels in
  place does nothing, an optional finding (``-> X | None``, ``-> bool``) finds
  nothing.  A call guarded by such a finding (``if unsure(...): second_opinion``)
  goes with its guard.

Each arm runs in a fresh process (``--jobs`` at a time, one a core): a data
family is switched off in the module's source as it is imported, before any
other module reads it (so the patterns compiled at import or behind
``lru_cache``, the tables built from it and the names imported with ``from x
import NAME`` all see the empty set; a regex becomes ``(?!)``, which never
matches); a pass is replaced where the driver reads it.  Each arm is scored
with ``../shared/eval/score.py``'s own functions, only on the corpora its path
can change (HTML rules on the HTML corpora, text rules on the text dumps,
`declutter.vocabulary` on both): body F1 and pages under F1 0.5 on aeb,
mozilla, wcxb, l3s, dragnet and their -text twins, snippet F1 on trafilatura and
wcxb.  Only aggregates are printed: never a page of the check set.

The table (Markdown, to stdout and to ``--output``, default docs/ablation.md
for a full run) gives each family's size in source lines and, per corpus, the
change in body F1 (points, arm minus baseline) and in pages under 0.5 when the
family is off: negative F1, positive failures = the family earns its keep.
Results are cached per arm and per state of src/ (``--cache``), so an
interrupted run resumes.
"""

from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SHARED = Path(os.environ.get("DECLUTTER_SHARED", REPO.parent / "shared"))

#: Data-only rules modules, with the path (html, text or both) that reads them.
DATA_MODULES = {
    "declutter.body.rules": "html",
    "declutter.body.textrules": "html",
    "declutter.vocabulary": "both",
    "declutter.textdump.words": "text",
}
#: Constants of those modules that are no rule: the markup's grammar (which
#: elements are blocks, headings, Markdown emphasis), a copy of a skipped set
#: removed early for speed, a prefilter that only saves regex runs.
NOT_RULES = {
    "declutter.body.rules": {"BLOCK_TAGS", "HEADING_TAGS", "EMPHASIS", "STRIP_TAGS"},
    "declutter.body.textrules": {"LINE_TRIGGERS"},
}
#: Driver functions whose passes are arms: (module, function, path).
DRIVERS = (
    ("declutter.body", "body_blocks", "html"),
    ("declutter.textdump", "extract_dump", "text"),
    ("declutter.textdump.context", "first_labels", "text"),
    ("declutter.textdump.parts", "article_spans", "text"),
)
#: Passes that are the article choice itself, not a rule on top of it.
CORE_PASSES = frozenset({"zone_labels"})

#: Corpora by path: (set, corpus, metrics).
CORPORA: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "html": (
        ("dev", "aeb", ("body_f1", "body_fail")),
        ("dev", "mozilla", ("body_f1", "body_fail")),
        ("dev", "trafilatura", ("snip_f1",)),
        ("check", "wcxb", ("body_f1", "body_fail", "snip_f1")),
        ("check", "l3s", ("body_f1", "body_fail")),
        ("check", "dragnet", ("body_f1", "body_fail")),
    ),
    "text": (
        ("dev", "aeb-text", ("body_f1", "body_fail")),
        ("dev", "mozilla-text", ("body_f1", "body_fail")),
        ("check", "wcxb-text", ("body_f1", "body_fail")),
        ("check", "l3s-text", ("body_f1", "body_fail")),
        ("check", "dragnet-text", ("body_f1", "body_fail")),
    ),
}
#: Dev dump sets made from the dev pages (``--dumps DIR`` holds them by these names):
#: `make_silver_dumps.py` (silver body gold) and `make_dumps.py` on the trafilatura pages
#: (snippets).  Text arms are scored on them too when they are there.
MADE_DUMPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("dev", "silver-text", ("body_f1", "body_fail")),
    ("dev", "trafi-text", ("snip_f1",)),
)
#: A side's summed F1 change (points) this small is noise (4-decimal rounding of each corpus).
NOISE_POINTS = 0.02
#: A regex that never matches: what a switched-off pattern becomes.
NEVER = "(?!)"
#: Seconds of one arm on one path, to start the long arms first.
COST = {"html": 50, "text": 26}


@dataclass(frozen=True)
class Family:
    """One arm: what is switched off, where, on which path, and its size."""

    name: str  # shown: "textrules.CAPTION_LINE", "rules.TOKEN_LABELS[video]", "pass revise"
    kind: str  # "data", "pass" or "baseline"
    module: str  # the module that defines the constant, or the driver that calls the pass
    attr: str
    key: str | None
    path: str  # "html", "text" or "both"
    lines: int
    source: str  # file:line, for the table


# ------------------------------------------------------------------ enumeration


def data_families(split: bool) -> list[Family]:
    """Every rule constant of `DATA_MODULES` (and with ``split`` every table entry)."""
    out = []
    for name, path in DATA_MODULES.items():
        module = importlib.import_module(name)
        file = Path(inspect.getfile(module))
        short = name.rsplit(".", 1)[-1]
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            attr = _assigned_name(node)
            if attr is None or attr in NOT_RULES.get(name, ()):
                continue
            value = getattr(module, attr)
            if not _is_rule(value):
                continue
            where = f"{file.relative_to(SRC)}:{node.lineno}"
            size = _lines(node)
            out.append(Family(f"{short}.{attr}", "data", name, attr, None, path, size, where))
            if split and isinstance(value, dict) and len(value) > 1:
                assert isinstance(node, (ast.Assign, ast.AnnAssign))
                for key, lines in _entry_lines(node.value, value).items():
                    out.append(
                        Family(
                            f"{short}.{attr}[{key}]", "data", name, attr, key, path, lines, where
                        )
                    )
    return out


def _assigned_name(node: ast.stmt) -> str | None:
    """The public upper-case name a top-level statement assigns, if any."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target: ast.expr = node.targets[0]
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        target = node.target
    else:
        return None
    if isinstance(target, ast.Name) and target.id.isupper() and not target.id.startswith("_"):
        return target.id
    return None


def _is_rule(value: object) -> bool:
    return isinstance(value, (str, re.Pattern, tuple, frozenset, set, list, dict))


def _lines(node: ast.stmt) -> int:
    return (node.end_lineno or node.lineno) - node.lineno + 1


def _entry_lines(expr: ast.expr | None, value: dict[str, Any]) -> dict[str, int]:
    """Source lines of each entry of a dict literal (a built table counts 0 an entry)."""
    if isinstance(expr, ast.Call) and expr.args:  # frozenset({...}) and the like
        expr = expr.args[0]
    if not isinstance(expr, ast.Dict):
        return dict.fromkeys(value, 0)
    out = {}
    for k, v in zip(expr.keys, expr.values, strict=True):
        if isinstance(k, ast.Constant) and isinstance(k.value, str):
            out[k.value] = v.end_lineno - k.lineno + 1 if v.end_lineno else 1
    return out


def pass_families() -> list[Family]:
    """Every pass the `DRIVERS` call that can be switched off, in the order called."""
    out = []
    for module_name, function, path in DRIVERS:
        module = importlib.import_module(module_name)
        driver = getattr(module, function)
        body = ast.parse(textwrap.dedent(inspect.getsource(driver))).body[0]
        assert isinstance(body, ast.FunctionDef)
        seen: set[str] = set()
        for name in _passes(body.body, module):
            if name in seen:
                continue
            seen.add(name)
            fn = getattr(module, name)
            file = Path(inspect.getfile(fn))
            lines, first = inspect.getsourcelines(fn)
            out.append(
                Family(
                    f"pass {name}",
                    "pass",
                    module_name,
                    name,
                    None,
                    path,
                    len(lines),
                    f"{file.relative_to(SRC)}:{first}",
                )
            )
    return out


def _passes(stmts: Sequence[ast.stmt], module: ModuleType) -> Iterator[str]:
    """Switchable calls of the statements, outside loops and comprehensions; a call
    inside an ``if`` whose test already holds one goes with it."""
    for st in stmts:
        if isinstance(st, (ast.For, ast.AsyncFor, ast.While)):
            continue
        if isinstance(st, ast.If):
            found = [n for n in _called(st.test) if _switchable(module, n)]
            yield from found
            if not found:
                yield from _passes(st.body, module)
            yield from _passes(st.orelse, module)
            continue
        yield from (n for n in _called(st) if _switchable(module, n))


def _called(node: ast.AST) -> Iterator[str]:
    """Names of the functions called in the node, inner calls first, not in comprehensions."""
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda)):
        return
    for child in ast.iter_child_nodes(node):
        yield from _called(child)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        yield node.func.id


def _switchable(module: ModuleType, name: str) -> bool:
    fn = getattr(module, name, None)
    return (
        inspect.isfunction(fn)
        and fn.__module__.startswith(("declutter.body", "declutter.textdump"))
        and name not in CORE_PASSES
        and switched_off_pass(fn) is not None
    )


# ------------------------------------------------------------------ switching off


def switched_off(value: Any, key: str | None = None) -> Any:
    """``value`` with nothing in it: a never-matching regex, an empty set or
    table.  A table of labels (a tag, token or word -> label) loses its
    entries; a table of phrase sets or patterns keeps its keys (code asks for
    ``HEADING_WORDS["related"]``), each emptied.  With ``key``, only that entry."""
    if key is not None:
        out = dict(value)
        if _label_table(value):
            del out[key]
        else:
            out[key] = switched_off(out[key])
        return out
    if isinstance(value, re.Pattern):
        return re.compile(NEVER, value.flags)
    if isinstance(value, str):
        return NEVER
    if isinstance(value, dict):
        return {} if _label_table(value) else {k: switched_off(v) for k, v in value.items()}
    return type(value)()


def _label_table(value: dict[str, Any]) -> bool:
    """Whether the table maps to labels ("nav", ("nav", "<nav>")) rather than to phrase sets."""
    return all(
        (isinstance(v, str) and not re.search(r"[\\^$(|\[]", v))
        or (isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, str) for x in v))
        for v in value.values()
    )


def _alternation_or_never(alternation: Callable[[tuple[str, ...]], str]) -> Callable[..., str]:
    """`vocabulary.alternation` that gives a never-matching alternative for no phrases
    (an empty alternative would match everywhere)."""

    @functools.wraps(alternation)
    def wrapped(phrases: tuple[str, ...]) -> str:
        return alternation(phrases) if phrases else NEVER

    return wrapped


def switched_off_pass(fn: Callable[..., Any]) -> Callable[..., Any] | None:
    """A stand-in for the pass that changes nothing, or None when it has no such form.

    A pass returning the labels (spans) it got returns them; a pass changing
    labels in place does nothing; an optional finding about the page finds
    nothing (None, False, "")."""
    sig = inspect.signature(fn)
    ret = str(sig.return_annotation)
    params = sig.parameters
    for name, param in params.items():
        got = _inner(str(param.annotation))
        if got and ret in (f"list[{got}]", f"tuple[list[{got}], frozenset[int]]"):
            rest = ret.startswith("tuple[")

            def same(*args: Any, _name: str = name, _rest: bool = rest, **kwargs: Any) -> Any:
                kept = list(sig.bind(*args, **kwargs).arguments[_name])
                return (kept, frozenset()) if _rest else kept

            return same
    if not {"segs", "units", "tree"} & set(params):
        return None
    nothing: dict[str, Any] = {"None": None, "bool": False, "str": ""}
    if ret in nothing or ret.endswith("| None"):
        found = nothing.get(ret)
        return lambda *args, **kwargs: found
    return None


def _inner(annotation: str) -> str:
    """``X`` of ``list[X]`` / ``Sequence[X]``, else ""."""
    m = re.fullmatch(r"(?:list|Sequence)\[(.+)\]", annotation)
    return m.group(1) if m else ""


class _OffLoader(importlib.machinery.SourceFileLoader):
    """Loads a data module from its source with one constant switched off at its
    assignment, so every later statement and module sees the empty value."""

    def __init__(self, fullname: str, path: str, attr: str | None, key: str | None) -> None:
        super().__init__(fullname, path)
        self.attr, self.key = attr, key

    def get_code(self, fullname: str) -> Any:
        tree = ast.parse(Path(self.path).read_text(encoding="utf-8"))
        hit = False
        for node in tree.body:
            if self.attr and _assigned_name(node) == self.attr:
                assert isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None
                node.value = ast.Call(ast.Name("__switched_off__", ast.Load()), [node.value], [])
                hit = True
        if self.attr and not hit:
            raise SystemExit(f"{fullname} assigns no {self.attr}")
        return compile(ast.fix_missing_locations(tree), self.path, "exec", dont_inherit=True)

    def exec_module(self, module: ModuleType) -> None:
        module.__dict__["__switched_off__"] = functools.partial(switched_off, key=self.key)
        super().exec_module(module)
        if "alternation" in module.__dict__:
            module.__dict__["alternation"] = _alternation_or_never(module.__dict__["alternation"])


class _OffFinder(importlib.abc.MetaPathFinder):
    """Hands the data modules to `_OffLoader` (``targets``: module -> (attr, key))."""

    def __init__(self, targets: dict[str, tuple[str | None, str | None]]) -> None:
        self.targets = targets
        self.loaded: set[str] = set()

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname not in self.targets:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        assert spec is not None and spec.origin is not None
        spec.loader = _OffLoader(fullname, spec.origin, *self.targets[fullname])
        self.loaded.add(fullname)
        return spec


def run_arm(
    family: Family, corpora: Path, check: Path, dumps: Path | None = None
) -> dict[str, dict[str, Any]]:
    """In this (fresh) process: switch the family off, score its corpora, aggregates only."""
    if "declutter" in sys.modules:
        raise SystemExit("an arm must run in a fresh process")
    targets: dict[str, tuple[str | None, str | None]] = {"declutter.vocabulary": (None, None)}
    if family.kind == "data":
        targets[family.module] = (family.attr, family.key)
    finder = _OffFinder(targets)
    sys.meta_path.insert(0, finder)
    for name, _, _ in DRIVERS:
        importlib.import_module(name)
    if family.kind == "data" and family.module not in finder.loaded:
        raise SystemExit(f"{family.module} was not loaded through the switch")
    if family.kind == "pass":
        driver = importlib.import_module(family.module)
        stand_in = switched_off_pass(getattr(driver, family.attr))
        assert stand_in is not None
        setattr(driver, family.attr, stand_in)
    scorer = _scorer()
    runner = scorer.make_runner("declutter")
    out = {}
    for which, corpus, metrics in _corpora_of(family.path):
        res = scorer.score((corpora if which == "dev" else check) / corpus, runner)
        out[corpus] = {k: res.get(k) for k in (*metrics, "errors", "pages")}
    if dumps is None or family.path not in ("text", "both"):
        return out
    for _, corpus, metrics in MADE_DUMPS:
        if (dumps / corpus / "truth.jsonl").is_file():
            res = scorer.score(dumps / corpus, runner)
            out[corpus] = {k: res.get(k) for k in (*metrics, "errors", "pages")}
    return out


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("declutter_eval_score", _scorer_path())
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scorer_path() -> Path:
    return SHARED / "eval" / "score.py"


def _corpora_of(path: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return CORPORA["html"] + CORPORA["text"] if path == "both" else CORPORA[path]


# ------------------------------------------------------------------ running


def _state() -> str:
    """Commit and a digest of uncommitted changes under src/ (the cache key)."""
    head = _git("rev-parse", "--short", "HEAD")
    diff = _git("diff", "HEAD", "--", "src")
    return head + (f"+{hashlib.sha1(diff.encode()).hexdigest()[:8]}" if diff else "")


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def _spawn(family: Family, args: argparse.Namespace) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    cmd = [sys.executable, __file__, "--arm", json.dumps(asdict(family))]
    cmd += ["--corpora", str(args.corpora), "--check", str(args.check)]
    cmd += ["--dumps", str(args.dumps)] if args.dumps else []
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no message)"]
        raise RuntimeError(f"{family.name}: exit {done.returncode}: {tail[0]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_all(families: list[Family], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Each arm's aggregates, from the cache or run ``--jobs`` at a time."""
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, Any]] = {}
    todo = []
    for family in families:
        file = cache / f"{_slug(family.name)}.json"
        if file.is_file() and not args.fresh:
            results[family.name] = json.loads(file.read_text())
        else:
            todo.append(family)
    # the data families first (they are what may go), the longest first to pack the cores
    todo.sort(key=lambda f: (f.kind == "pass", -_cost(f)))
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        jobs = {pool.submit(_spawn, f, args): f for f in todo}
        for n, job in enumerate(as_completed(jobs), 1):
            family = jobs[job]
            try:
                results[family.name] = job.result()
            except RuntimeError as e:
                print(f"  failed: {e}", file=sys.stderr)
                continue
            (cache / f"{_slug(family.name)}.json").write_text(json.dumps(results[family.name]))
            took = time.monotonic() - start
            print(f"  [{n}/{len(todo)}] {family.name} ({took:.0f} s)", file=sys.stderr, flush=True)
    return results


def _cost(family: Family) -> int:
    return sum(COST[p] for p in ("html", "text") if family.path in (p, "both"))


def _slug(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)


# ------------------------------------------------------------------ the table

_COLUMNS = tuple(
    (which, corpus, metrics[0])  # body F1, or snippet F1 where there is no body gold
    for path in ("html", "text")
    for which in ("dev", "check")
    for side, corpus, metrics in CORPORA[path] + (MADE_DUMPS if path == "text" else ())
    if side == which
)
_EXTRA = (("check", "wcxb", "snip_f1"),)


@dataclass(frozen=True)
class Row:
    family: Family
    cells: dict[tuple[str, str], str]
    dev: tuple[float, int]  # summed F1 change (points), summed change in failures
    check: tuple[float, int]
    verdict: str


def make_rows(families: list[Family], results: dict[str, dict[str, Any]]) -> list[Row]:
    """Each family's change against the baseline, summed per side, with a verdict."""
    base = results["baseline"]
    rows = []
    for family in families:
        got = results.get(family.name)
        if got is None:
            continue
        cells: dict[tuple[str, str], str] = {}
        sums = {"dev": [0.0, 0], "check": [0.0, 0]}
        for which, corpus, metric in (*_COLUMNS, *_EXTRA):
            if corpus not in got:
                continue
            df1 = 100 * (got[corpus][metric] - base[corpus][metric])
            sums[which][0] += df1
            cell = _points(df1)
            if metric == "body_f1":
                dfail = got[corpus]["body_fail"] - base[corpus]["body_fail"]
                sums[which][1] += dfail
                cell += f" ({dfail:+d})" if dfail else ""
            if got[corpus]["errors"] != base[corpus]["errors"]:
                cell += f" !{got[corpus]['errors'] - base[corpus]['errors']:+d} err"
            cells[corpus, metric] = cell
        dev = (sums["dev"][0], int(sums["dev"][1]))
        check = (sums["check"][0], int(sums["check"][1]))
        rows.append(Row(family, cells, dev, check, _verdict(dev, check)))
    rows.sort(key=lambda r: (r.dev[0] + r.check[0], -(r.dev[1] + r.check[1])))
    return rows


def _points(value: float) -> str:
    return "0" if abs(value) < 0.005 else f"{value:+.2f}"


def _verdict(dev: tuple[float, int], check: tuple[float, int]) -> str:
    """What the family earns: on both sides, on one only, or nothing (it can go)."""
    dev_loss = dev[0] < -NOISE_POINTS or dev[1] > 0
    check_loss = check[0] < -NOISE_POINTS or check[1] > 0
    if dev_loss and check_loss:
        return "earns"
    if dev_loss:
        return "dev only" + (", check better off" if check[0] > NOISE_POINTS else "")
    if check_loss:
        return "check only" + (", dev better off" if dev[0] > NOISE_POINTS else "")
    return "nothing"


def table(rows: list[Row], base: dict[str, Any], state: str) -> str:
    """The Markdown table: a baseline row, then one row a family, most earning first."""
    columns = [(c, m) for _, c, m in _COLUMNS if c in base]
    if ("wcxb", "body_f1") in columns:
        columns.insert(columns.index(("wcxb", "body_f1")) + 1, ("wcxb", "snip_f1"))
    heads = [_head(c, m) for c, m in columns]
    out = [
        "| family | source | lines | " + " | ".join(heads) + " | Σ dev | Σ check | verdict |",
        "|---|---|---:|" + "---:|" * len(heads) + "---:|---:|---|",
    ]
    base_cells = []
    for corpus, metric in columns:
        if corpus not in base:
            base_cells.append("")
            continue
        cell = f"{base[corpus][metric]:.4f}"
        if metric == "body_f1":
            cell += f" ({base[corpus]['body_fail']})"
        base_cells.append(cell)
    out.append("| **baseline** | | | " + " | ".join(base_cells) + " | | | |")
    for row in rows:
        f = row.family
        cells = [row.cells.get(col, "") for col in columns]
        out.append(
            f"| {f.name} | {f.source} | {f.lines} | "
            + " | ".join(cells)
            + f" | {_side(row.dev)} | {_side(row.check)} | {row.verdict} |"
        )
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join(
        [
            f"Ablation of declutter's rule families at {state}, {when} ({len(rows)} arms).",
            "",
            "Each cell: body F1 change in points (100 x F1, arm minus baseline) with the change",
            "in pages under F1 0.5 in brackets, when the family is switched off; snippet F1 for",
            "trafilatura and wcxb snip.  Negative = the family earns it.  Σ: summed over the",
            f"side's corpora (F1 points, pages); |Σ| < {NOISE_POINTS} points is noise.  The",
            'baseline row gives absolute figures (pages under 0.5 in brackets).  "!+1 err": one',
            'page more on which declutter raised (no article found).  Verdict: "earns" = lost',
            'on both sides without it; "dev only" / "check only" = lost on that side only;',
            '"nothing" = lost on neither (Σ within noise, no page more under 0.5).',
            "",
            *out,
        ]
    )


def _head(corpus: str, metric: str) -> str:
    return f"{corpus} snip" if metric == "snip_f1" else corpus


def _side(side: tuple[float, int]) -> str:
    return _points(side[0]) + (f" ({side[1]:+d})" if side[1] else "")


# ------------------------------------------------------------------ main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2, help="arms run at once (one a core)")
    ap.add_argument("--only", help="regex: run the families whose name matches (and baseline)")
    ap.add_argument("--split", action="store_true", help="also each entry of a table")
    ap.add_argument("--list", action="store_true", help="list the families, run nothing")
    ap.add_argument("--corpora", type=Path, default=SHARED / "corpora", help="dev corpora")
    ap.add_argument("--check", type=Path, default=SHARED / "check", help="held-out corpora")
    ap.add_argument(
        "--dumps", type=Path, help="folder of made dev dump sets (silver-text, trafi-text)"
    )
    ap.add_argument("--side", choices=("html", "text"), help="only the families of one path")
    ap.add_argument("--output", type=Path, help="table file (default docs/ablation.md, full run)")
    ap.add_argument("--cache", help="per-arm results (default: a temp dir per state of src/)")
    ap.add_argument("--fresh", action="store_true", help="run every arm again")
    ap.add_argument("--arm", help=argparse.SUPPRESS)  # internal: run one arm, print JSON
    args = ap.parse_args()
    if args.arm:
        family = Family(**json.loads(args.arm))
        print(json.dumps(run_arm(family, args.corpora, args.check, args.dumps)))
        return
    sys.path.insert(0, str(SRC))
    families = data_families(args.split) + pass_families()
    if args.only:
        families = [f for f in families if re.search(args.only, f.name)]
    if args.side:
        families = [f for f in families if f.path in (args.side, "both")]
    if args.list:
        for f in families:
            print(f"{f.name:45} {f.path:5} {f.lines:4} lines  {f.source}")
        return
    state = _state()
    args.cache = args.cache or Path(tempfile.gettempdir()) / f"declutter-ablation-{state}"
    baseline = Family("baseline", "baseline", "", "", None, "both", 0, "")
    start = time.monotonic()
    print(f"{len(families)} arms and the baseline, {args.jobs} at a time", file=sys.stderr)
    results = run_all([baseline, *families], args)
    if "baseline" not in results:
        raise SystemExit("the baseline arm failed")
    rows = make_rows(families, results)
    text = table(rows, results["baseline"], state)
    print(text)
    print(f"{(time.monotonic() - start) / 60:.0f} min", file=sys.stderr)
    output = args.output or (None if args.only or args.side else REPO / "docs" / "ablation.md")
    if output:
        write_table(output, text)


#: The table's place in the output file: what lies outside these marks is kept.
BEGIN, END = "<!-- ablation table: benchmarks/ablation.py -->", "<!-- end of ablation table -->"


def write_table(output: Path, text: str) -> None:
    """Put the table between `BEGIN` and `END` in ``output``, keeping the rest of the file."""
    old = output.read_text(encoding="utf-8") if output.is_file() else ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
    else:
        head, tail = "# Ablation of the rule families\n\n", "\n"
    output.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
