briefingSearchData("r/246gw0",{"p":"glossary/state-media/","r":[{"k":"term","t":"state media","x":"Media owned by a state.\nOutlets a government owns."}]});
