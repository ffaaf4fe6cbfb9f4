"""Helpers the scamgraph notebooks share: one driver, and questions asked so that each is
timed, profiled and checked for warnings.

Every question goes through Graph.ask, which
  * runs it once with PROFILE and keeps the plan's operators (the leaves say how the graph
    was entered: an index seek, a label scan...),
  * runs it again, timed, into a pandas DataFrame,
  * fails when Neo4j warns (an unknown label, relationship type or property, a deprecated
    form), so a notebook broken by a schema change fails CI instead of printing nothing.

Graph.report() prints the figures; when SCAMGRAPH_NB_TIMINGS names a file, each question
is appended to it as a JSON line (scripts/notebooks.sh summarises them).
"""

import json
import os
import time

import pandas as pd
from neo4j import GraphDatabase, RoutingControl
from neo4j import NotificationSeverity

# Grades, strongest first; an edge's grade_rank is the index here. Filter on grade_rank
# (indexed, numeric), show grade.
GRADES = ["official", "reported", "alleged", "co-mentioned"]
SYMMETRIC = {"FAMILY_OF", "ASSOCIATE_OF", "MENTIONED_WITH"}
PREDICATES = ["OWNS", "DIRECTS", "EMPLOYED_BY", "MEMBER_OF", "FAMILY_OF", "ASSOCIATE_OF", "OPERATES",
              "PROTECTS", "LOCATED_IN", "SANCTIONED_BY", "RAIDED", "MENTIONED_WITH"]
TYPED = [p for p in PREDICATES if p != "MENTIONED_WITH"]

# Operators that enter the graph through an index (full-text queries show as a procedure call).
INDEX_OPERATORS = ("IndexSeek", "IndexContainsScan", "IndexEndsWithScan", "ProcedureCall")


def canonical_key(subject, predicate, obj):
    """The key an edge and its evidence share: 'subject|PREDICATE|object', the ends of a
    symmetric predicate in code-point order (the order the loader stores them)."""
    if predicate not in PREDICATES:
        raise ValueError(f"{predicate!r} is not a scamgraph predicate: use one of {', '.join(PREDICATES)}")
    if predicate in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return f"{subject}|{predicate}|{obj}"


def _operators(plan):
    """Yields (operator, details, is_leaf) for every operator of a profiled plan."""
    children = plan.get("children", [])
    name = plan["operatorType"].split("@")[0]
    yield name, plan.get("args", {}).get("Details", ""), not children
    for c in children:
        yield from _operators(c)


class Graph:
    """A connection to the graph at NEO4J_URI (NEO4J_USER/NEO4J_PASSWORD when set)."""

    def __init__(self, notebook):
        self.uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD")
        self.driver = GraphDatabase.driver(self.uri, auth=(user, password) if password else None)
        self.driver.verify_connectivity()
        self.notebook = notebook
        self.asked = []

    def close(self):
        self.driver.close()

    def _run(self, cypher, params, **kw):
        return self.driver.execute_query(cypher, params, routing_=RoutingControl.READ, **kw)

    def ask(self, question, cypher, **params):
        """Answers one question as a DataFrame, recording its time and plan."""
        _, summary, _ = self._run("PROFILE " + cypher, params)
        warnings = [s.status_description for s in summary.gql_status_objects
                    if s.severity == NotificationSeverity.WARNING]
        if warnings:
            raise AssertionError(f"{question}: Neo4j warns: {warnings}")
        ops = list(_operators(summary.profile))
        start = time.perf_counter()
        df = self._run(cypher, params, result_transformer_=_frame)
        ms = (time.perf_counter() - start) * 1000
        leaves = sorted({name for name, _, leaf in ops if leaf and name != "Argument"})
        entry = ", ".join(leaves)
        self.asked.append({"notebook": self.notebook, "question": question, "ms": round(ms, 1), "rows": len(df),
                           "entry": entry, "indexed": any(any(k in n for k in INDEX_OPERATORS) for n, _, _ in ops),
                           "db_hits": sum(_hits(summary.profile))})
        return df

    def table(self, cypher, **params):
        """Runs a command that cannot be profiled (SHOW INDEXES...) into a DataFrame."""
        return self._run(cypher, params, result_transformer_=_frame)

    def profile(self, cypher, **params):
        """The operators of a query's profiled plan, as a DataFrame (for looking, not timing)."""
        _, summary, _ = self._run("PROFILE " + cypher, params)
        rows = [{"operator": n, "details": d, "leaf": leaf} for n, d, leaf in _operators(summary.profile)]
        return pd.DataFrame(rows)

    def report(self, budget_ms=1000):
        """The questions asked so far with their time, rows and entry operators."""
        df = pd.DataFrame(self.asked)
        path = os.environ.get("SCAMGRAPH_NB_TIMINGS")
        if path:
            with open(path, "a", encoding="utf-8") as f:
                for row in self.asked:
                    f.write(json.dumps(row) + "\n")
        slow = df[df.ms > budget_ms]
        if len(slow):
            print(f"slower than {budget_ms} ms:\n{slow}")
        return df


def _frame(result):
    """A result as a DataFrame, Neo4j dates and times as pandas timestamps."""
    return result.to_df(parse_dates=True)


def _hits(plan):
    yield plan.get("dbHits", 0)
    for c in plan.get("children", []):
        yield from _hits(c)
