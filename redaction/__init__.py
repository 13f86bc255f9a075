"""Detection and pseudonymization of personal data; no HTTP, no proxy config."""

from redaction.analyzer import Analyzer
from redaction.entities import Entity
from redaction.policy import Action, EntityPolicy
from redaction.pseudonyms import Pseudonymizer
from redaction.redactor import Redactor
from redaction.restore import Restorer, StreamRestorer, json_string_escape

__all__ = [
    "Action",
    "Analyzer",
    "Entity",
    "EntityPolicy",
    "Pseudonymizer",
    "Redactor",
    "Restorer",
    "StreamRestorer",
    "json_string_escape",
]
