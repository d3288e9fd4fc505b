export const FIRST_NAMES = [
  'Adaeze', 'Aiden', 'Alba', 'Amara', 'Anders', 'Ana', 'Arjun', 'Astrid', 'Beatriz', 'Ben', 'Bianca', 'Caleb',
  'Camille', 'Chen', 'Chloe', 'Daniel', 'Dara', 'Diego', 'Elena', 'Elif', 'Emeka', 'Emma', 'Erik', 'Fatima',
  'Felix', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Hiro', 'Ines', 'Isaac', 'Jade', 'James', 'Javier', 'Julia',
  'Kai', 'Kamala', 'Karin', 'Leah', 'Leila', 'Liam', 'Lucia', 'Malik', 'Maya', 'Mei', 'Mateo', 'Nadia', 'Naomi',
  'Nikhil', 'Noah', 'Olu', 'Omar', 'Paula', 'Pedro', 'Quinn', 'Rafael', 'Rania', 'Riya', 'Rosa', 'Ruth',
  'Sana', 'Sara', 'Sean', 'Sofia', 'Stefan', 'Tariq', 'Thea', 'Theo', 'Uma', 'Victor', 'Wei', 'Yara', 'Yusuf',
  'Zara', 'Zoe',
];

export const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Alvarez', 'Andersen', 'Bakker', 'Banerjee', 'Becker', 'Bianchi', 'Brennan', 'Carvalho',
  'Castillo', 'Chowdhury', 'Clarke', 'Costa', 'Dubois', 'Eriksson', 'Fischer', 'Fitzgerald', 'Foster', 'Fujita',
  'Gallagher', 'Ghosh', 'Haddad', 'Hansen', 'Hartmann', 'Holm', 'Ibrahim', 'Iyer', 'Jansen', 'Kaur', 'Keller',
  'Kowalski', 'Lambert', 'Larsen', 'Lindqvist', 'Lopez', 'Mbeki', 'Moreau', 'Murphy', 'Nakamura', 'Navarro',
  'Nguyen', 'Novak', 'Nunes', 'Okafor', 'Olsen', 'Osei', 'Park', 'Patel', 'Petrov', 'Quinn', 'Ramos', 'Rao',
  'Reyes', 'Rossi', 'Sato', 'Schmidt', 'Silva', 'Singh', 'Sorensen', 'Suzuki', 'Tan', 'Torres', 'Varga',
  'Vogel', 'Walsh', 'Weber', 'Wong', 'Yamamoto', 'Zhang',
];

export const TITLES = {
  champion: ['Head of Operations', 'Director of Customer Support', 'RevOps Manager', 'Program Manager', 'Director of Analytics', 'Operations Lead'],
  executive_sponsor: ['VP Operations', 'Chief Operating Officer', 'Chief Financial Officer', 'Chief Information Officer', 'SVP Customer Experience', 'VP Finance'],
  decision_maker: ['Procurement Manager', 'Director of IT', 'Finance Director', 'Head of Procurement', 'IT Manager'],
  user: ['Analyst', 'Team Lead', 'Operations Specialist', 'Support Manager', 'Data Analyst', 'Project Coordinator', 'Account Manager'],
} as const;
