"""SmartBot: clarifying questions and an explainable relevance score for a job application.

The routes build a DialogContext from the stored rows and call one backend through the
SmartBot interface; `build_smartbot` picks the demo or the LLM backend.
"""

from .demo import DemoSmartBot
from .factory import build_smartbot
from .types import Assessment, BotTurn, DialogContext, SmartBot

__all__ = ["Assessment", "BotTurn", "DemoSmartBot", "DialogContext", "SmartBot", "build_smartbot"]
