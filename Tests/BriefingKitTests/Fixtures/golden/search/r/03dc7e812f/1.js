briefingSearchData("r/03dc7e812f/1",[{"k":"source","u":"sources/#source-report","t":"Annual report"},{"k":"source","u":"sources/#source-state-tv","t":"State TV broadcast"}]);
