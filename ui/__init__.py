"""The Qt front end: main window, areas, table models, dialogs. Calls services only."""
