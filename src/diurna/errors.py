"""The exceptions diurna raises.

    DiurnaError                      base of everything raised on purpose
    ├── ConfigError                  a configuration value or file is wrong
    ├── KnowledgeError               a knowledge data file breaks its schema
    ├── ModelError                   a spaCy pipeline cannot be loaded
    ├── InputError                   an input cannot be read at all (bad path, bad option value)
    ├── StoreError                   the store cannot be opened, migrated or written
    └── TimeBudgetExceeded           one article's analysis ran past [limits] article_seconds;
                                     never leaves ``Coder.code_many``: it becomes a Rejection

A single article that cannot be coded is not an exception: it becomes a
``records.Rejection`` value that flows to the output with its reason, so the
rest of a batch goes on. Only the CLI turns exceptions into exit codes.
"""

from __future__ import annotations


class DiurnaError(Exception):
    """Base class of diurna's exceptions."""


class ConfigError(DiurnaError):
    """A configuration value or file is invalid."""


class KnowledgeError(DiurnaError):
    """A knowledge file (countries, organisations, patterns, ...) breaks its schema."""


class ModelError(DiurnaError):
    """A spaCy pipeline named in the configuration cannot be loaded."""


class InputError(DiurnaError):
    """A path, stream or option value cannot be used at all."""


class StoreError(DiurnaError):
    """The store cannot be opened, migrated or written (a locked, corrupt or newer store)."""


class TimeBudgetExceeded(DiurnaError):
    """One article's analysis took longer than its budget; the coder turns it into a ``Rejection``."""
