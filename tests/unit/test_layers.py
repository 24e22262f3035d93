"""The house's shape, checked on the real import graph (grimp, import-linter's engine):
no import circle anywhere, and an export goes down through each layer once."""

from __future__ import annotations

import grimp

PACKAGE = "kkr_desk"


def graph() -> grimp.ImportGraph:
    # Imports for type checking count too: a circle of types is a circle of ideas.
    return grimp.build_graph(PACKAGE)


def circles(g: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(g.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(g.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c in g.modules), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(g.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_there_is_no_import_circle() -> None:
    assert circles(graph()) == []


def test_the_circle_finder_finds_one() -> None:
    g = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        g.add_module(name)
    g.add_import(importer="p.a", imported="p.b")
    g.add_import(importer="p.b", imported="p.a")
    g.add_import(importer="p.b", imported="p.c")
    assert circles(g) == [["p.a", "p.b"]]


def test_an_export_passes_each_layer_once() -> None:
    """cli → app → store (reads records) and app → export (writes them): the store never
    reaches the writers and the writers never reach the store."""
    g = graph()

    def reaches(a: str, b: str) -> bool:
        return g.chain_exists(
            importer=f"{PACKAGE}.{a}", imported=f"{PACKAGE}.{b}", as_packages=True
        )

    assert reaches("cli", "app")
    assert reaches("app", "store")
    assert reaches("app", "export")
    assert not reaches("store", "export")
    assert not reaches("export", "store")
    assert not reaches("export", "app")
    assert not reaches("store", "app")
