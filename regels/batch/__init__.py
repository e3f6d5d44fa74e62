"""The caseload batch for a gemeente: every household of a file at once, on the rules the citizen sees.

`python -m regels batch --in clients.csv --out uitkomst.parquet` (see the README, "Voor de gemeente"). Each household
goes through `regels.sweep` unchanged; this package only reads the file, spreads the rows over Dask, and writes the
output (and a report). The input is personal data: nothing is written but the output files, and only counts are
reported. Needs dask, distributed and pyarrow; `import regels` alone does not load them.
"""
