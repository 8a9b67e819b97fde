import { BrowserRouter } from 'react-router';
import { GraphqlProvider } from '../graphql/GraphqlProvider';
import { AppRoutes } from './routes/AppRoutes';

export function App() {
  return (
    <GraphqlProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </GraphqlProvider>
  );
}
