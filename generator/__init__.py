"""Schema-driven generator: OpenAPI description -> Python client, docs, change report.

The pipeline, one module per stage: load -> build (model of the API) -> render ->
format -> write, with diff beside them.
"""

__version__ = "0.1.0"
