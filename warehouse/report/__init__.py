"""The analyst report: pure queries returning DataFrames (`queries`), charts (`charts`), the page
(`page`) and the writer that puts them together (`build`)."""
