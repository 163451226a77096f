briefingSearchData("r/xt0xs",{"p":"about/","r":[{"k":"page","t":"About us","x":"Who writes these briefings.\nWe check claims about the war, citing our sources.\nWrite to us \u0026 we answer."}]});
