"""One Qt model per view. Each holds immutable row dataclasses and never touches the vault."""
