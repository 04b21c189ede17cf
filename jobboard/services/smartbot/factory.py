"""Choose the SmartBot backend from the configuration."""

import logging

from .demo import DemoSmartBot

log = logging.getLogger(__name__)


def build_smartbot(api_key: str | None, base_url: str | None, model: str,
                   timeout_seconds: float = 20.0, max_retries: int = 2):
    """Return the LLM backend when `api_key` is set, else the demo backend.

    Any failure to build the LLM client (a bad base URL, a missing package) is logged and
    gives the demo backend, so the application always starts with a working SmartBot.
    """
    if not (api_key or "").strip():
        return DemoSmartBot(model=model)
    try:
        from .llm import LlmSmartBot

        return LlmSmartBot(api_key=api_key, base_url=base_url or None, model=model,
                           timeout_seconds=timeout_seconds, max_retries=max_retries)
    except Exception as error:  # noqa: BLE001 - any construction failure means demo mode
        log.error("SmartBot LLM backend unavailable, using demo mode: %s", type(error).__name__)
        return DemoSmartBot(model=model)
