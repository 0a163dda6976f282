"""The helper app's entry point in the bundle (PyInstaller runs this file as __main__)."""

from assist_agent.__main__ import main

raise SystemExit(main())
