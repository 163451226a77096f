briefingSearchData("r/2q7n5s",{"p":"glossary/north-korea/","r":[{"k":"term","t":"North Korea","x":"A state in East Asia.\nAlso known as the DPRK."}]});
