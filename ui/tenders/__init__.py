"""The Tenders area: tenders list and view, publishing, sealed bids, opening, evaluation, award."""
