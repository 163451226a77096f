briefingSearchData("r/xt0xs",[{"k":"page","u":"about/","t":"About us","x":"Who writes these briefings.\nWe check claims about the war, citing our sources.\nWrite to us \u0026 we answer."}]);
