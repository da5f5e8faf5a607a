"""The Agreements area: framework agreements, their items, participants and documents."""
