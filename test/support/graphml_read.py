"""Reads a GraphML file with networkx (the reader Gephi-minded users and the networkx docs rely on)
and prints what it found as JSON: node and edge counts, node types, edge types, and the edge
attributes (type, weight, evidence, firstSeen, lastSeen) of the edge named on the command line."""

import json
import sys
from collections import Counter

import networkx as nx


def main(path, source=None, target=None, edge_type=None):
    graph = nx.read_graphml(path)
    picked = None
    if source is not None and graph.has_edge(source, target):
        edges = graph.get_edge_data(source, target)
        # A MultiDiGraph keys parallel edges (different types between one pair); a DiGraph has one.
        candidates = edges.values() if graph.is_multigraph() else [edges]
        picked = next((e for e in candidates if e.get("type") == edge_type), None)
    print(
        json.dumps(
            {
                "directed": graph.is_directed(),
                "nodes": graph.number_of_nodes(),
                "edges": graph.number_of_edges(),
                "nodeTypes": dict(Counter(t for _, t in graph.nodes(data="type"))),
                "edgeTypes": dict(Counter(t for _, _, t in graph.edges(data="type"))),
                "edge": picked,
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
