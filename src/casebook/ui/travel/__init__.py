"""Travel mode: Exchange → Travel out… and Travel back… (docs/travel.md)."""
