"""Runs one docs/python.md snippet (read from stdin) and prints, as JSON, what it built: each
networkx graph, igraph graph and pandas table it left in a variable, with its size and the Python
types of its attributes, for the test to compare with graph.json."""
import json
import sys

import igraph as ig
import networkx as nx
import pandas as pd


def types(attributes):
    return {key: type(value).__name__ for key, value in attributes.items()}


def summary(value):
    if isinstance(value, nx.Graph):
        node = next(iter(value.nodes(data=True)), (None, {}))[1]
        edge = next(iter(value.edges(data=True)), (None, None, {}))[2]
        return {"kind": "networkx", "nodes": value.number_of_nodes(), "edges": value.number_of_edges(),
                "edgeIds": sorted(str(k) for _, _, k in value.edges(keys=True)) if value.is_multigraph() else [],
                "nodeTypes": types(node), "edgeTypes": types(edge)}
    if isinstance(value, ig.Graph):
        return {"kind": "igraph", "nodes": value.vcount(), "edges": value.ecount(),
                "edgeIds": sorted(value.es["id"]) if "id" in value.es.attributes() else [],
                "nodeTypes": types(value.vs[0].attributes()) if value.vcount() else {},
                "edgeTypes": types(value.es[0].attributes()) if value.ecount() else {}}
    if isinstance(value, pd.DataFrame):
        return {"kind": "table", "rows": len(value), "columns": [str(c) for c in value.columns],
                "dtypes": {str(c): str(t) for c, t in value.dtypes.items()}}
    return None


scope = {"__name__": "__main__"}
exec(compile(sys.stdin.read(), "docs/python.md", "exec"), scope)
found = {name: s for name, value in scope.items() if (s := summary(value)) is not None}
print(json.dumps(found))
