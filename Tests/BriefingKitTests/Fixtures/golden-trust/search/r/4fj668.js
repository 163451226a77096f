briefingSearchData("r/4fj668",[{"k":"page","u":"methodology/","t":"How we check","x":"Verdicts, confidence and grades.\nWe grade every source on the Admiralty scale."}]);
