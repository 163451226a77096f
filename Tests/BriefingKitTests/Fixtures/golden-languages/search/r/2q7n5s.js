briefingSearchData("r/2q7n5s",[{"k":"term","u":"glossary/north-korea/","t":"North Korea","x":"A state in East Asia.\nAlso known as the DPRK."}]);
