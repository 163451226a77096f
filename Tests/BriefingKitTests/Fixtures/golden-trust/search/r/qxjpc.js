briefingSearchData("r/qxjpc",{"p":"corrections-policy/","r":[{"k":"page","t":"Corrections policy","x":"A published correction is never removed; see the latest."}]});
