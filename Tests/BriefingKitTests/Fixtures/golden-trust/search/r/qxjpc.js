briefingSearchData("r/qxjpc",[{"k":"page","u":"corrections-policy/","t":"Corrections policy","x":"A published correction is never removed; see the latest."}]);
