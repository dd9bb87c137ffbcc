"""kabar: raw news pages in, validated Parquet tables of articles and events out."""

__version__ = "0.1.0"
