"""chinaspace: sourced milestone data on China's space programme, and the verbs that clean it."""

__version__ = "0.1.0"
