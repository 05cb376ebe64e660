"""`diurna serve`: the HTTP API over the store and the analyst's web page (``web/``).

``create_app(ServeSettings.from_config(config, db=path))`` builds the ASGI app;
the CLI runs it with uvicorn.
"""

from __future__ import annotations

from .api import create_app
from .workbench import ServeSettings

__all__ = ["create_app", "ServeSettings"]
