briefingSearchData("r/4fj668",{"p":"methodology/","r":[{"k":"page","t":"How we check","x":"Verdicts, confidence and grades.\nWe grade every source on the Admiralty scale."}]});
