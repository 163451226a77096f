briefingSearchData("r/qlh4w",{"p":"glossary/russia/","r":[{"k":"term","t":"Russia","x":"A state in Eastern Europe and Northern Asia.\nRussia signed the treaty with North Korea."}]});
